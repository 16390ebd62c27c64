import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { QuestionnaireDefinition } from '@/domain/definition/definition'
import { listQuestions } from '@/domain/definition/definition'
import { expressionVariables, parseExpression } from '@/domain/definition/expression'

const definition = JSON.parse(
  readFileSync(new URL('../../../questionnaires/autodiagnostic-maturite-si-esms.json', import.meta.url), 'utf8'),
) as QuestionnaireDefinition
const questions = listQuestions(definition)
const actions = definition.actions ?? []

const MATURIN_DIMENSIONS = [
  'pratiques-management',
  'adequation-fonctionnelle',
  'adequation-infrastructure',
  'qualite-service',
  'securite-si',
  'ethique-developpement-durable',
  'performance-usage-satisfaction',
]

describe('Autodiagnostic de maturité SI de l’ESMS', () => {
  it('uses one five-step scale scored 0 to 4, each step described', () => {
    expect(definition.kind).toBe('maturity')
    expect(definition.scale.map((s) => s.value)).toEqual([0, 1, 2, 3, 4])
    for (const step of definition.scale) expect(step.description.length).toBeGreaterThan(20)
  })

  it('covers the domains the sector expects', () => {
    const ids = definition.domains.map((d) => d.id)
    for (const id of [
      'gouvernance',
      'organisation',
      'capacite-projet',
      'dui-logiciels',
      'infrastructures',
      'qualite-service',
      'securite',
      'services-socles',
      'usages',
      'ethique',
      'donnees',
    ]) {
      expect(ids).toContain(id)
    }
  })

  it('declares the seven MaturiN-SMS dimensions and tags every question with one', () => {
    expect(definition.dimensions?.map((d) => d.id).sort()).toEqual([...MATURIN_DIMENSIONS].sort())
    for (const q of questions) expect(MATURIN_DIMENSIONS, q.id).toContain(q.dimension)
    const used = new Set(questions.map((q) => q.dimension))
    expect(used.size).toBe(7)
  })

  it('gives every question a help text and five options, one per step, from 0 to 4', () => {
    for (const q of questions) {
      expect(q.help.length, q.id).toBeGreaterThan(40)
      expect(
        q.options.map((o) => o.level),
        q.id,
      ).toEqual([0, 1, 2, 3, 4])
      expect(new Set(q.options.map((o) => o.label)).size, q.id).toBe(5)
    }
  })

  it('has 15 to 20 core questions covering the seven dimensions, conditional only on earlier core questions', () => {
    const core = questions.filter((q) => q.core)
    expect(core.length).toBeGreaterThanOrEqual(15)
    expect(core.length).toBeLessThanOrEqual(20)
    expect(new Set(core.map((q) => q.dimension)).size).toBe(7)
    const coreIds = new Set(core.map((q) => q.id))
    for (const q of core.filter((c) => c.visibleIf)) {
      for (const variable of expressionVariables(parseExpression(q.visibleIf ?? '')))
        expect(coreIds.has(variable), `${q.id} → ${variable}`).toBe(true)
    }
    const domainsWithCore = definition.domains.filter((d) => d.questions.some((q) => q.core))
    expect(domainsWithCore.length).toBeGreaterThanOrEqual(9)
  })

  it('offers « Je ne sais pas » and « Non applicable » where they fit, and uses conditional questions', () => {
    expect(questions.filter((q) => q.allowUnknown).length).toBeGreaterThan(30)
    expect(questions.filter((q) => q.allowNotApplicable).length).toBeGreaterThan(5)
    // E-prescription is left out by the structure's profile (no care team), not by a « Non applicable » answer.
    const eprescription = questions.find((q) => q.id === 'socle-eprescription')
    expect(eprescription?.requiresProfile).toEqual(['soins'])
    expect(eprescription?.allowNotApplicable).toBe(false)
    const conditional = questions.filter((q) => q.visibleIf)
    expect(conditional.length).toBeGreaterThanOrEqual(5)
    // No DUI yet → the questions on DUI use are skipped.
    const duiUsage = questions.filter(
      (q) => q.visibleIf && expressionVariables(parseExpression(q.visibleIf)).includes('dui-presence'),
    )
    expect(duiUsage.length).toBeGreaterThanOrEqual(3)
  })

  it('gives every action a why, a how, a phase and at least one trigger on an existing question and step', () => {
    const ids = new Set(questions.map((q) => q.id))
    for (const action of actions) {
      expect(action.why.length, action.id).toBeGreaterThan(60)
      expect(action.how.length, action.id).toBeGreaterThan(80)
      expect(action.triggers.length, action.id).toBeGreaterThan(0)
      for (const trigger of action.triggers) {
        expect(ids.has(trigger.question), `${action.id} → ${trigger.question}`).toBe(true)
        expect(trigger.below !== undefined || trigger.whenUnknown === true, `${action.id}: below or whenUnknown`).toBe(
          true,
        )
        expect(trigger.below ?? 1).toBeGreaterThanOrEqual(1)
      }
    }
  })

  it('brings at least one action for the lowest steps (0 and 1) of every question', () => {
    for (const q of questions) {
      const bringsAction = actions.some((a) => a.triggers.some((t) => t.question === q.id && (t.below ?? 0) >= 2))
      expect(bringsAction, q.id).toBe(true)
    }
  })

  it('marks actions that small structures can share as mutualisable', () => {
    const shared = actions.filter((a) => a.mutualisable)
    expect(shared.length).toBeGreaterThanOrEqual(10)
    expect(shared.some((a) => /DPO|délégué/i.test(a.title + a.how))).toBe(true)
  })

  it('never presents the DMP without Mon espace santé', () => {
    const texts = [
      ...questions.flatMap((q) => [q.text, q.help, ...q.options.map((o) => o.label)]),
      ...actions.flatMap((a) => [a.title, a.why, a.how]),
    ]
    const dmpAlone = texts.filter((t) => /\bDMP\b/.test(t) && !/Mon espace santé/i.test(t))
    expect(dmpAlone).toEqual([])
  })

  it('uses unique ids across domains, questions, options and actions', () => {
    const all = [...definition.domains.map((d) => d.id), ...questions.map((q) => q.id), ...actions.map((a) => a.id)]
    expect(new Set(all).size).toBe(all.length)
  })
})
