import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildActionPlan, type PlanItem } from '@/domain/action-plan'
import { requirementClosure } from '@/domain/action-plan/action-order'
import type { Answer } from '@/domain/assessment/assessment'
import { listQuestions, type Question, type QuestionnaireDefinition } from '@/domain/definition/definition'
import { computeScores } from '@/domain/assessment/scoring'
import { resolveTarget } from '@/domain/assessment/targets'
import { resolveProfile } from '@/domain/assessment/profile'

// Situations a director meets, run through the plan code on the shipped questionnaire.

function shipped(): QuestionnaireDefinition {
  return JSON.parse(
    readFileSync(new URL('../../../questionnaires/autodiagnostic-maturite-si-esms.json', import.meta.url), 'utf8'),
  ) as QuestionnaireDefinition
}

/** Every question answered with the option `pick` chooses among its options. */
function answerAll(definition: QuestionnaireDefinition, pick: (question: Question) => string): Record<string, Answer> {
  return Object.fromEntries(
    listQuestions(definition).map((q) => [
      q.id,
      { assessmentId: 'a', questionId: q.id, value: pick(q), comment: '', updatedAt: '2026-01-01T00:00:00.000Z' },
    ]),
  )
}

function lowest(question: Question): string {
  const [first] = [...question.options].sort((a, b) => a.level - b.level)
  if (!first) throw new Error(`${question.id} has no option`)
  return first.value
}

/** The option at `level`, else the nearest one below it, else the lowest. */
function atLevel(level: number): (question: Question) => string {
  return (question) => {
    const below = question.options.filter((o) => o.level <= level).sort((a, b) => b.level - a.level)
    return below[0]?.value ?? lowest(question)
  }
}

function planFor(definition: QuestionnaireDefinition, answers: Record<string, Answer>): PlanItem[] {
  return buildActionPlan(definition, answers, { targets: {}, edits: {}, custom: [] }).filter(
    (item) => item.state === 'active',
  )
}

/** Actions placed before an action they require (directly or transitively) that is in the same plan. */
function misplaced(definition: QuestionnaireDefinition, plan: readonly PlanItem[]): string[] {
  const closure = requirementClosure(definition.actions ?? [])
  const position = new Map(plan.map((item, index) => [item.actionId, index]))
  return plan.flatMap((item, index) =>
    [...(closure.get(item.actionId) ?? [])].flatMap((required) => {
      const at = position.get(required)
      return at !== undefined && at > index
        ? [`${item.actionId} (n° ${index + 1}) avant ${required} (n° ${at + 1})`]
        : []
    }),
  )
}

/**
 * Foundations a director can start on Monday: who leads the SI and the project, what exists (the
 * inventory), what the structure wants (a schéma directeur, a budget).
 */
const FOUNDATIONS = {
  // Naming who leads: the SI, its security, the protection of personal data, the DUI project.
  whoLeads: [
    'act-designer-referent-si',
    'act-designer-referent-securite',
    'act-designer-dpo',
    'act-designer-sponsor-chef-de-projet',
  ],
  whatExists: ['act-etablir-inventaire-si'],
  whatItWants: ['act-rediger-schema-directeur-si', 'act-construire-budget-si'],
}
const DUI_PROJECT = 'act-lancer-projet-dui'

describe('the plan of a structure at the lowest level everywhere', () => {
  const definition = shipped()
  const plan = planFor(definition, answerAll(definition, lowest))
  const firstFive = plan.slice(0, 5).map((item) => item.actionId)

  it('starts with five foundations: who leads, what exists, what the structure wants', () => {
    const all = Object.values(FOUNDATIONS).flat()
    expect(firstFive.filter((id) => !all.includes(id))).toEqual([])
    for (const group of Object.values(FOUNDATIONS)) expect(firstFive.some((id) => group.includes(id))).toBe(true)
  })

  it('launches the DUI project after those five', () => {
    const at = plan.findIndex((item) => item.actionId === DUI_PROJECT)
    expect(at).toBeGreaterThanOrEqual(5)
  })

  it('puts no action before one it requires, conditions applied', () => {
    expect(misplaced(definition, plan)).toEqual([])
  })

  it('puts no action before one it requires when every question is asked at 0, as a variant without conditions would', () => {
    const unconditioned = shipped()
    for (const question of listQuestions(unconditioned)) delete question.visibleIf
    const everything = planFor(unconditioned, answerAll(unconditioned, lowest))
    expect(everything.length).toBeGreaterThan(0)
    expect(misplaced(unconditioned, everything)).toEqual([])
  })
})

describe('the plan of a structure at level 2 everywhere', () => {
  it('has actions in every domain below its target', () => {
    const definition = shipped()
    const answers = answerAll(definition, atLevel(2))
    const scores = computeScores(definition, answers)
    const plan = planFor(definition, answers)
    const below = definition.domains.filter((domain) => {
      const score = scores.domains.find((d) => d.domainId === domain.id)?.score ?? null
      return score !== null && score < resolveTarget(definition, domain, {})
    })
    expect(below.length).toBeGreaterThan(0)
    expect(below.filter((domain) => !plan.some((item) => item.domainId === domain.id)).map((d) => d.id)).toEqual([])
  })
})

/** Answers at level 3 (« établi ») everywhere, except the domains or questions named, answered at the lowest level. */
function establishedBut(definition: QuestionnaireDefinition, ...weak: string[]): Record<string, Answer> {
  const weakQuestions = new Set(
    definition.domains.flatMap((d) => (weak.includes(d.id) ? d.questions.map((q) => q.id) : [])),
  )
  return answerAll(definition, (q) => (weakQuestions.has(q.id) || weak.includes(q.id) ? lowest(q) : atLevel(3)(q)))
}

describe('a structure established everywhere but without any backup', () => {
  const definition = shipped()
  const plan = planFor(definition, establishedBut(definition, 'infra-sauvegardes'))

  it('starts its plan with setting up automatic backups with an outside copy', () => {
    expect(plan[0]?.actionId).toBe('act-infra-sauvegardes')
    expect(plan[0]?.prioritaire).toBe(true)
  })

  it('is not asked to test restoring backups it does not have', () => {
    expect(plan.map((item) => item.actionId)).not.toContain('act-secu-tester-restauration')
  })
})

describe('an EHPAD established everywhere but at level 0 in security', () => {
  const definition = shipped()
  const answers = establishedBut(definition, 'securite')
  const plan = buildActionPlan(definition, answers, {
    targets: {},
    edits: {},
    custom: [],
    profile: resolveProfile(definition, { category: 'EHPAD' }),
  }).filter((item) => item.state === 'active')
  const priorities = plan.filter((item) => item.prioritaire)

  it('has only security actions among its priorities, preparing for incidents and writing a security policy', () => {
    expect(priorities.length).toBeGreaterThan(0)
    expect(priorities.filter((item) => item.domainId !== 'securite').map((item) => item.actionId)).toEqual([])
    const ids = priorities.map((item) => item.actionId)
    expect(ids).toContain('act-secu-reponse-incident')
    expect(ids).toContain('act-secu-politique')
  })

  it('sees its security domain below target while the others have reached it', () => {
    const scores = computeScores(definition, answers)
    const belowTarget = definition.domains.filter((domain) => {
      const score = scores.domains.find((d) => d.domainId === domain.id)?.score ?? null
      return score !== null && score < resolveTarget(definition, domain, {})
    })
    expect(belowTarget.map((d) => d.id)).toEqual(['securite'])
  })
})

describe('the same weakness in two domains', () => {
  const definition = shipped()
  const globalWhenWeakIn = (domainId: string) => computeScores(definition, establishedBut(definition, domainId)).score

  it('lowers the global score more in the DUI, security or the national services than in infrastructures, quality, ethics or data', () => {
    for (const heavy of ['dui-logiciels', 'securite', 'services-socles']) {
      for (const light of ['infrastructures', 'qualite-service', 'ethique', 'donnees']) {
        expect(globalWhenWeakIn(heavy) ?? 0, `${heavy} / ${light}`).toBeLessThan(globalWhenWeakIn(light) ?? 0)
      }
    }
  })
})
