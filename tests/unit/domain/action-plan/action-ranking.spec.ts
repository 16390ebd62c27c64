import { describe, expect, it } from 'vitest'
import { buildActionPlan, type ActionPlanOptions, type PlanItem } from '@/domain/action-plan'
import type { QuestionnaireDefinition } from '@/domain/definition/definition'
import { actionEdit, answersFor, catalogueAction, customAction, miniDefinition, miniWithActions } from '../../fixtures'

// Fixture reminders: gouvernance has weight 2 and target 3; securite has weight 3 and target 3;
// the scale goes from 0 to 4. In each test the ids are chosen so that id order alone would give
// the opposite result, and so do the criteria after the one under test.

const none: ActionPlanOptions = { targets: {}, edits: {}, custom: [] }

function order(
  def: QuestionnaireDefinition,
  values: Record<string, string>,
  options: Partial<ActionPlanOptions> = {},
): string[] {
  return buildActionPlan(def, answersFor(values), { ...none, ...options }).map((item) => item.actionId)
}

describe('action plan prioritisation', () => {
  it('ranks by catalogue priority first, against gap, weight, level and id', () => {
    // act-comptes (priority 2) is in securite (gap 3, weight 3) with level 0 and the smaller id;
    // act-schema (priority 1) is in gouvernance (gap 2, weight 2) with level 1
    const values = { 'gouv-schema': 'notes', 'secu-sauvegardes': 'aucune', 'secu-comptes': 'partages' }
    expect(order(miniDefinition(), values)).toEqual(['act-sauvegardes', 'act-schema', 'act-comptes'])
  })

  it('then by phase, in the order of a project, against gap, weight, level and id', () => {
    // a-deploiement is in securite (gap 3, weight 3) at level 0 with the smaller id; z-cadrage in gouvernance (gap 2) at level 1
    const def = miniWithActions(
      catalogueAction('a-deploiement', [{ question: 'secu-sauvegardes', below: 4 }], { phase: 'deploiement' }),
      catalogueAction('z-cadrage', [{ question: 'gouv-schema', below: 4 }], { phase: 'cadrage' }),
      catalogueAction('m-bilan', [{ question: 'secu-sauvegardes', below: 4 }], { phase: 'bilan' }),
      catalogueAction('n-acquisition', [{ question: 'secu-sauvegardes', below: 4 }], { phase: 'acquisition' }),
    )
    const values = { 'gouv-schema': 'notes', 'secu-sauvegardes': 'aucune' }
    expect(order(def, values)).toEqual(['z-cadrage', 'n-acquisition', 'a-deploiement', 'm-bilan'])
  })

  it('then by the gap to the target of the action’s domain, against weight, level and id', () => {
    const def = miniWithActions(
      catalogueAction('a-secu', [{ question: 'secu-sauvegardes', below: 4 }]),
      catalogueAction('z-gouv', [{ question: 'gouv-schema', below: 4 }]),
    )
    // gouvernance: score 1, target 4 → gap 3; securite: (0 × 3 + 4 × 1) / 4 = 1, target 3 → gap 2
    const values = { 'gouv-schema': 'notes', 'secu-sauvegardes': 'aucune', 'secu-comptes': 'nominatifs' }
    expect(order(def, values, { targets: { gouvernance: 4 } })).toEqual(['z-gouv', 'a-secu'])
  })

  it('takes the user’s target over the domain’s own', () => {
    const def = miniWithActions(
      catalogueAction('a-secu', [{ question: 'secu-sauvegardes', below: 4 }]),
      catalogueAction('z-gouv', [{ question: 'gouv-schema', below: 4 }]),
    )
    const values = { 'gouv-schema': 'notes', 'secu-sauvegardes': 'aucune', 'secu-comptes': 'nominatifs' }
    // both domains sit at 1 against a target of 3: equal gaps, the heavier securite wins
    expect(order(def, values)).toEqual(['a-secu', 'z-gouv'])
    expect(order(def, values, { targets: { gouvernance: 3, securite: 1.5 } })).toEqual(['z-gouv', 'a-secu'])
  })

  it('counts a domain without a score as the furthest from its target', () => {
    const def = miniWithActions(
      catalogueAction('a-secu', [{ question: 'secu-sauvegardes', below: 4 }]),
      catalogueAction('z-gouv', [{ question: 'gouv-schema', whenUnknown: true }]),
    )
    // gouvernance has no score → gap 3 − 0 = 3; securite: (0 × 3 + 2 × 1) / 4 = 0.5 → gap 2.5
    const values = { 'gouv-schema': 'ne-sait-pas', 'secu-sauvegardes': 'aucune', 'secu-comptes': 'mixte' }
    expect(order(def, values)).toEqual(['z-gouv', 'a-secu'])
  })

  it('treats a domain above its target as no gap at all, so that the next criterion decides', () => {
    const def = miniWithActions(
      catalogueAction('a-gouv', [{ question: 'gouv-schema', below: 4 }]),
      catalogueAction('b-secu', [{ question: 'secu-sauvegardes', below: 4 }]),
    )
    // gouvernance: 1 − 0 = 1 above; securite: (1 × 3 + 4) / 4 = 1.75 above; both gaps are 0, weight decides
    const values = { 'gouv-schema': 'notes', 'secu-sauvegardes': 'non-testee', 'secu-comptes': 'nominatifs' }
    expect(order(def, values, { targets: { gouvernance: 0, securite: 0 } })).toEqual(['b-secu', 'a-gouv'])
  })

  it('then by the weight of the domain, against level and id', () => {
    const def = miniWithActions(
      catalogueAction('a-gouv', [{ question: 'gouv-schema', below: 4 }]),
      catalogueAction('z-secu', [{ question: 'secu-sauvegardes', below: 4 }]),
    )
    // gouvernance: score 0, target 3 → gap 3, level 0; securite: score 1, target 4 → gap 3, level 1
    const values = { 'gouv-schema': 'aucun', 'secu-sauvegardes': 'non-testee' }
    expect(order(def, values, { targets: { securite: 4 } })).toEqual(['z-secu', 'a-gouv'])
  })

  it('then by the lowest triggering level, against id', () => {
    const def = miniWithActions(
      catalogueAction('a-mixte', [{ question: 'secu-comptes', below: 3 }]),
      catalogueAction('z-aucune', [{ question: 'secu-sauvegardes', below: 3 }]),
    )
    expect(order(def, { 'secu-sauvegardes': 'aucune', 'secu-comptes': 'mixte' })).toEqual(['z-aucune', 'a-mixte'])
  })

  it('uses the lowest level among all the triggers that hold', () => {
    const def = miniWithActions(
      catalogueAction('b-aucune', [{ question: 'secu-sauvegardes', below: 3 }]),
      catalogueAction('c-both', [
        { question: 'secu-comptes', below: 3 },
        { question: 'secu-sauvegardes', below: 3 },
      ]),
      catalogueAction('a-mixte', [{ question: 'secu-comptes', below: 3 }]),
    )
    expect(order(def, { 'secu-sauvegardes': 'aucune', 'secu-comptes': 'mixte' })).toEqual([
      'b-aucune',
      'c-both',
      'a-mixte',
    ])
  })

  it('counts « Je ne sais pas » as the lowest level of the scale', () => {
    const def = miniWithActions(
      catalogueAction('a-mixte', [{ question: 'secu-comptes', below: 3 }]),
      catalogueAction('z-unknown', [{ question: 'secu-sauvegardes', whenUnknown: true }]),
    )
    expect(order(def, { 'secu-sauvegardes': 'ne-sait-pas', 'secu-comptes': 'mixte' })).toEqual(['z-unknown', 'a-mixte'])
  })

  it('finally by action id, whatever the catalogue order', () => {
    const def = miniWithActions(
      catalogueAction('b-second', [{ question: 'secu-sauvegardes', below: 3 }]),
      catalogueAction('a-first', [{ question: 'secu-sauvegardes', below: 3 }]),
    )
    expect(order(def, { 'secu-sauvegardes': 'aucune' })).toEqual(['a-first', 'b-second'])
  })

  it('ranks an action added by the user after priority 1 and before priority 3 catalogue actions', () => {
    // act-schema: priority 1; act-comptes: priority 2 in securite (gap > 0); act-referent-securite: priority 3
    const values = { 'gouv-schema': 'aucun', 'secu-sauvegardes': 'testee', 'secu-comptes': 'partages' }
    const custom = [customAction('a-perso', { phase: 'parametrage' })]
    expect(order(miniDefinition(), values, { custom })).toEqual([
      'act-schema',
      'act-comptes',
      'a-perso',
      'act-referent-securite',
    ])
  })

  it('ranks an action added by the user by the gap of its domain, and after triggered actions of the same standing', () => {
    // gouvernance: score 1 → gap 2; securite: (4 × 3 + 0) / 4 = 3 → gap 0
    const values = { 'gouv-schema': 'notes', 'secu-sauvegardes': 'reguliere', 'secu-comptes': 'partages' }
    const custom = [
      customAction('a-perso-secu', { domainId: 'securite', phase: 'parametrage' }),
      customAction('z-perso-gouv', { domainId: 'gouvernance', phase: 'parametrage' }),
    ]
    expect(order(miniDefinition(), values, { custom })).toEqual([
      'act-schema',
      'z-perso-gouv',
      'act-comptes',
      'a-perso-secu',
    ])
  })
})

describe('prioritaire items', () => {
  function flags(plan: readonly PlanItem[]): [string, number | null, boolean][] {
    return plan.map((item) => [item.actionId, item.rank, item.prioritaire])
  }
  const seven = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']

  it('marks the first five active items as prioritaire', () => {
    const plan = buildActionPlan(miniDefinition(), {}, { ...none, custom: seven.map((id) => customAction(id)) })
    expect(plan.map((item) => item.prioritaire)).toEqual([true, true, true, true, true, false, false])
  })

  it('skips done and dropped items, which keep their rank', () => {
    const custom = seven.map((id) =>
      customAction(id, { status: id === 'c2' ? 'done' : id === 'c4' ? 'dropped' : 'doing' }),
    )
    const plan = buildActionPlan(miniDefinition(), {}, { ...none, custom })
    expect(flags(plan)).toEqual([
      ['c1', 1, true],
      ['c2', 2, false],
      ['c3', 3, true],
      ['c4', 4, false],
      ['c5', 5, true],
      ['c6', 6, true],
      ['c7', 7, true],
    ])
  })

  it('accepts another count', () => {
    const plan = buildActionPlan(
      miniDefinition(),
      {},
      { ...none, custom: seven.map((id) => customAction(id)), priorityCount: 2 },
    )
    expect(plan.filter((item) => item.prioritaire).map((item) => item.actionId)).toEqual(['c1', 'c2'])
  })

  it('never marks an obsolete item', () => {
    const edits = { 'act-sauvegardes': actionEdit('act-sauvegardes', { status: 'doing' }) }
    const plan = buildActionPlan(miniDefinition(), answersFor({ 'secu-sauvegardes': 'reguliere' }), { ...none, edits })
    expect(flags(plan)).toEqual([['act-sauvegardes', null, false]])
  })
})
