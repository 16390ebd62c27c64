import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildActionPlan } from '@/domain/action-plan'
import { listQuestions, type QuestionnaireDefinition } from '@/domain/definition/definition'
import { validateDefinition } from '@/domain/definition/validate'
import { formatValidationErrors } from '@/i18n/fr-validation'
import { answersFor, catalogueAction, miniWithActions } from '../../fixtures'

const noEdits = { targets: {}, edits: {}, custom: [] }

describe('a trigger with a floor (« from »)', () => {
  const definition = miniWithActions(
    catalogueAction('act-rediger', [{ question: 'gouv-schema', below: 3 }]),
    catalogueAction('act-bilan-annuel', [{ question: 'gouv-schema', below: 4, from: 3 }], {
      priority: 3,
      phase: 'bilan',
    }),
  )
  const planFor = (value: string) =>
    buildActionPlan(definition, answersFor({ 'gouv-schema': value }), noEdits).map((item) => item.actionId)

  it('leaves the ambitious step out of the plan of a structure still at the foundations', () => {
    expect(planFor('aucun')).toEqual(['act-rediger'])
  })

  it('offers it once the structure has reached the floor, and the first step no longer', () => {
    expect(planFor('valide')).toEqual(['act-bilan-annuel'])
    expect(planFor('suivi')).toEqual([])
  })

  it('is refused without « below », or when no level of the scale lies in the range', () => {
    const errorsOf = (definition: QuestionnaireDefinition) => {
      const result = validateDefinition(definition)
      return result.ok ? [] : formatValidationErrors(result.errors).map((e) => e.replaceAll('\u00a0', ' '))
    }
    expect(errorsOf(miniWithActions(catalogueAction('act-x', [{ question: 'gouv-schema', from: 3 }])))).toContain(
      '.actions[0].triggers[0].from : « from » ne s’emploie qu’avec « below »',
    )
    expect(
      errorsOf(miniWithActions(catalogueAction('act-x', [{ question: 'gouv-schema', below: 3, from: 3 }]))),
    ).toEqual(['.actions[0].triggers[0].from : aucun niveau de l’échelle n’est à la fois au moins 3 et inférieur à 3'])
  })
})

describe('the shipped questionnaire', () => {
  const shipped = JSON.parse(
    readFileSync(new URL('../../../../questionnaires/autodiagnostic-maturite-si-esms.json', import.meta.url), 'utf8'),
  ) as QuestionnaireDefinition
  const everyQuestionAt = (level: number) => {
    const values: Record<string, string> = {}
    for (const question of listQuestions(shipped)) {
      const option = question.options.find((o) => o.level === level)
      if (option) values[question.id] = option.value
    }
    return answersFor(values)
  }
  const priorities = (level: number) =>
    buildActionPlan(shipped, everyQuestionAt(level), noEdits).map((item) => item.priority)

  it('gives a structure at level 0 everywhere no action meant for a structure already at level 3', () => {
    const plan = buildActionPlan(shipped, everyQuestionAt(0), noEdits)
    const ambitious = plan.filter((item) => item.triggeredBy.every((hit) => hit.level === 3))
    expect(ambitious).toEqual([])
    expect(plan.length).toBeGreaterThan(0)
  })

  it('gives a structure at level 3 everywhere ambitious actions only, fewer and of low priority', () => {
    const atThree = priorities(3)
    expect(atThree.length).toBeGreaterThan(0)
    expect(atThree.every((priority) => priority === 3)).toBe(true)
    expect(atThree.length).toBeLessThan(priorities(2).length)
  })
})
