import { describe, expect, it } from 'vitest'
import { buildActionPlan, type ActionPlanOptions, type PlanItem } from '@/domain/action-plan'
import { requirementClosure } from '@/domain/action-plan/action-order'
import type { ActionDefinition } from '@/domain/definition/definition'
import { actionEdit, answersFor, catalogueAction, customAction, miniWithActions } from '../../fixtures'

// Every action below is triggered by « Aucune sauvegarde » (secu-sauvegardes at level 0), so that only
// the ranking keys and the prerequisites decide the order. Ids are chosen so that id order alone
// would give another result.
const none: ActionPlanOptions = { targets: {}, edits: {}, custom: [] }
const low = { 'secu-sauvegardes': 'aucune' }
const trigger = [{ question: 'secu-sauvegardes', below: 4 }]

function action(id: string, overrides: Partial<ActionDefinition> = {}): ActionDefinition {
  return catalogueAction(id, trigger, { title: `Titre ${id}`, ...overrides })
}

function planOf(
  actions: ActionDefinition[],
  options: Partial<ActionPlanOptions> = {},
  values: Record<string, string> = low,
): PlanItem[] {
  return buildActionPlan(miniWithActions(...actions), answersFor(values), { ...none, ...options })
}

function ids(plan: readonly PlanItem[]): string[] {
  return plan.map((item) => item.actionId)
}

function waits(plan: readonly PlanItem[]): Record<string, string[]> {
  return Object.fromEntries(plan.map((item) => [item.actionId, item.waitsFor.map((w) => w.title)]))
}

describe('action plan prerequisites', () => {
  it('places an action after the action it requires, whatever their priorities and phases', () => {
    const plan = planOf([
      action('a-dmp', { priority: 1, phase: 'organisation', requires: ['z-referent'] }),
      action('z-referent', { priority: 3, phase: 'bilan' }),
    ])
    expect(ids(plan)).toEqual(['z-referent', 'a-dmp'])
    expect(waits(plan)).toEqual({ 'z-referent': [], 'a-dmp': ['Titre z-referent'] })
  })

  it('moves a prerequisite up with the urgent action waiting for it, ahead of less urgent actions', () => {
    // without the rule, z-referent (priority 3) would wait behind m-other (priority 2)
    const plan = planOf([
      action('a-dmp', { priority: 1, requires: ['z-referent'] }),
      action('m-other', { priority: 2 }),
      action('z-referent', { priority: 3 }),
    ])
    expect(ids(plan)).toEqual(['z-referent', 'a-dmp', 'm-other'])
  })

  it('keeps a prerequisite at its own place when that place is already earlier', () => {
    const plan = planOf([
      action('a-late', { priority: 3, requires: ['z-first'] }),
      action('m-middle', { priority: 2 }),
      action('z-first', { priority: 1 }),
    ])
    expect(ids(plan)).toEqual(['z-first', 'm-middle', 'a-late'])
  })

  it('follows prerequisites through actions that are not in the plan', () => {
    // b-inventaire requires c-hors-plan, which no answer triggers and which requires z-referent
    const plan = planOf([
      action('b-inventaire', { priority: 1, requires: ['c-hors-plan'] }),
      catalogueAction('c-hors-plan', [{ question: 'gouv-schema', below: 1 }], { requires: ['z-referent'] }),
      action('z-referent', { priority: 3 }),
    ])
    expect(ids(plan)).toEqual(['z-referent', 'b-inventaire'])
    expect(waits(plan)['b-inventaire']).toEqual(['Titre z-referent'])
  })

  it('names only the nearest prerequisites, in plan order', () => {
    const plan = planOf([
      action('a-dmp', { requires: ['b-dui', 'c-ins'] }),
      action('b-dui', { requires: ['z-referent'] }),
      action('c-ins', { priority: 2, requires: ['z-referent'] }),
      action('z-referent', { priority: 3 }),
    ])
    expect(ids(plan)).toEqual(['z-referent', 'b-dui', 'c-ins', 'a-dmp'])
    expect(waits(plan)).toEqual({
      'z-referent': [],
      'b-dui': ['Titre z-referent'],
      'c-ins': ['Titre z-referent'],
      'a-dmp': ['Titre b-dui', 'Titre c-ins'],
    })
  })

  it('no longer holds an action back once its prerequisite is done or dropped', () => {
    const actions = [
      action('a-dmp', { priority: 1, requires: ['z-referent'] }),
      action('m-other', { priority: 2 }),
      action('z-referent', { priority: 3 }),
    ]
    for (const status of ['done', 'dropped'] as const) {
      const plan = planOf(actions, { edits: { 'z-referent': actionEdit('z-referent', { status }) } })
      expect(ids(plan)).toEqual(['a-dmp', 'm-other', 'z-referent'])
      expect(waits(plan)['a-dmp']).toEqual([])
    }
    const doing = planOf(actions, { edits: { 'z-referent': actionEdit('z-referent', { status: 'doing' }) } })
    expect(ids(doing)).toEqual(['z-referent', 'a-dmp', 'm-other'])
  })

  it('does not wait for a prerequisite that is only « plus nécessaire »', () => {
    // z-referent is triggered below 1 on gouv-schema, answered at level 3: edited, it stays as obsolete
    const plan = planOf(
      [
        action('a-dmp', { requires: ['z-referent'] }),
        catalogueAction('z-referent', [{ question: 'gouv-schema', below: 1 }]),
      ],
      { edits: { 'z-referent': actionEdit('z-referent', { owner: 'Direction' }) } },
      { ...low, 'gouv-schema': 'valide' },
    )
    expect(plan.map((item) => [item.actionId, item.state])).toEqual([
      ['a-dmp', 'active'],
      ['z-referent', 'obsolete'],
    ])
    expect(waits(plan)['a-dmp']).toEqual([])
  })

  it('ranks actions added by the user among the others, without prerequisites', () => {
    const plan = planOf(
      [action('a-dmp', { priority: 1, requires: ['z-referent'] }), action('z-referent', { priority: 3 })],
      {
        custom: [customAction('perso', { phase: 'cadrage' })],
      },
    )
    expect(ids(plan)).toEqual(['z-referent', 'a-dmp', 'perso'])
  })

  it('still places every action, once, when the catalogue has a cycle', () => {
    const plan = planOf([
      action('a-one', { requires: ['b-two'] }),
      action('b-two', { requires: ['c-three'] }),
      action('c-three', { requires: ['a-one'] }),
      action('d-free', { priority: 2 }),
    ])
    expect([...ids(plan)].sort()).toEqual(['a-one', 'b-two', 'c-three', 'd-free'])
    expect(plan.map((item) => item.rank)).toEqual([1, 2, 3, 4])
  })
})

describe('requirementClosure', () => {
  it('lists what each action requires, directly and transitively, never the action itself', () => {
    const closure = requirementClosure([
      action('a', { requires: ['b'] }),
      action('b', { requires: ['c', 'a'] }),
      action('c'),
      action('d', { requires: ['inconnue'] }),
    ])
    expect([...(closure.get('a') ?? [])].sort()).toEqual(['b', 'c'])
    expect([...(closure.get('b') ?? [])].sort()).toEqual(['a', 'c'])
    expect([...(closure.get('c') ?? [])]).toEqual([])
    expect([...(closure.get('d') ?? [])]).toEqual(['inconnue'])
  })
})

describe('what unlocks the most comes first', () => {
  it('puts first, among actions of the same priority and phase, the one more actions wait for', () => {
    // a-policy and b-lead are free; c-accounts and d-backups both wait for b-lead. Without the rule, id order puts a-policy first.
    const plan = planOf([
      action('a-policy'),
      action('b-lead'),
      action('c-accounts', { requires: ['b-lead'] }),
      action('d-backups', { requires: ['b-lead'] }),
    ])
    expect(ids(plan)).toEqual(['b-lead', 'a-policy', 'c-accounts', 'd-backups'])
  })

  it('no longer counts the actions that wait for one already done', () => {
    const actions = [action('a-policy'), action('b-lead'), action('c-accounts', { requires: ['b-lead'] })]
    const plan = planOf(actions, { edits: { 'b-lead': actionEdit('b-lead', { status: 'done' }) } })
    expect(ids(plan).slice(0, 2)).toEqual(['a-policy', 'b-lead'])
  })
})
