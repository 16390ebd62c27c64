import { describe, expect, it } from 'vitest'
import {
  buildActionPlan,
  groupPlanBy,
  isEditDefault,
  planProgress,
  type ActionEdit,
  type ActionPlanOptions,
  type PlanItem,
} from '@/domain/action-plan'
import type { QuestionnaireDefinition } from '@/domain/definition/definition'
import { actionEdit, answersFor, catalogueAction, customAction, miniDefinition, miniWithActions } from '../../fixtures'

const definition = miniDefinition()
const none: ActionPlanOptions = { targets: {}, edits: {}, custom: [] }

function planFor(
  values: Record<string, string | null>,
  options: Partial<ActionPlanOptions> = {},
  def: QuestionnaireDefinition = definition,
): PlanItem[] {
  return buildActionPlan(def, answersFor(values), { ...none, ...options })
}

function ids(plan: readonly PlanItem[]): string[] {
  return plan.map((item) => item.actionId)
}

function item(plan: readonly PlanItem[], id: string): PlanItem {
  const found = plan.find((i) => i.actionId === id)
  if (!found) throw new Error(`no item ${id} in ${ids(plan).join(', ')}`)
  return found
}

describe('buildActionPlan: which actions enter', () => {
  it('adds an action when a visible question is answered below its threshold', () => {
    const plan = planFor({ 'secu-sauvegardes': 'non-testee' })
    expect(ids(plan)).toEqual(['act-sauvegardes'])
    expect(item(plan, 'act-sauvegardes').triggeredBy).toEqual([
      { questionId: 'secu-sauvegardes', level: 1, unknown: false },
    ])
    expect(item(plan, 'act-sauvegardes').state).toBe('active')
  })

  it('leaves an action out when the answer reaches its threshold', () => {
    // act-sauvegardes triggers below 3: « Testée une fois » is level 3
    expect(ids(planFor({ 'secu-sauvegardes': 'testee' }))).toEqual([])
  })

  it('adds an action on « Je ne sais pas » only when its trigger asks for it', () => {
    const schema = planFor({ 'gouv-schema': 'ne-sait-pas' })
    expect(ids(schema)).toEqual(['act-schema'])
    expect(item(schema, 'act-schema').triggeredBy).toEqual([{ questionId: 'gouv-schema', level: null, unknown: true }])
    // act-sauvegardes has no whenUnknown; act-referent-securite has one on this question
    expect(ids(planFor({ 'secu-sauvegardes': 'ne-sait-pas' }))).toEqual(['act-referent-securite'])
  })

  it('never triggers on a hidden question, even with a stale low answer', () => {
    // gouv-suivi is shown only once a schema exists
    expect(ids(planFor({ 'gouv-suivi': 'jamais' }))).toEqual([])
    const shown = planFor({ 'gouv-schema': 'valide', 'gouv-suivi': 'jamais' })
    expect(item(shown, 'act-schema').triggeredBy).toEqual([{ questionId: 'gouv-suivi', level: 0, unknown: false }])
  })

  it('never triggers on an unanswered question, a comment alone or « Non applicable »', () => {
    expect(planFor({})).toEqual([])
    expect(
      buildActionPlan(definition, answersFor({ 'secu-comptes': null }, { 'secu-comptes': 'à revoir' }), none),
    ).toEqual([])
    expect(planFor({ 'secu-comptes': 'non-applicable' })).toEqual([])
  })

  it('lists every trigger that holds, once per question', () => {
    const plan = planFor({ 'gouv-schema': 'aucun', 'secu-sauvegardes': 'ne-sait-pas' })
    expect(item(plan, 'act-referent-securite').triggeredBy).toEqual([
      { questionId: 'gouv-schema', level: 0, unknown: false },
      { questionId: 'secu-sauvegardes', level: null, unknown: true },
    ])
  })

  it('counts a question once even when several of the action’s triggers hold on it', () => {
    const def = miniWithActions(
      catalogueAction('double', [
        { question: 'secu-sauvegardes', below: 3 },
        { question: 'secu-sauvegardes', below: 2 },
      ]),
    )
    const plan = planFor({ 'secu-sauvegardes': 'aucune' }, {}, def)
    expect(item(plan, 'double').triggeredBy).toEqual([{ questionId: 'secu-sauvegardes', level: 0, unknown: false }])
  })

  it('takes the domain from the action, else from the question of its first trigger', () => {
    const plan = planFor({ 'gouv-schema': 'aucun' })
    expect(item(plan, 'act-schema').domainId).toBe('gouvernance')
    // act-referent-securite is triggered by a governance question but declares the security domain
    expect(item(plan, 'act-referent-securite').domainId).toBe('securite')
  })

  it('copies the catalogue fields and starts untouched', () => {
    const plan = planFor({ 'secu-sauvegardes': 'aucune', 'secu-comptes': 'partages' })
    expect(item(plan, 'act-sauvegardes')).toMatchObject({
      source: 'catalogue',
      title: 'Tester la restauration des sauvegardes',
      phase: 'organisation',
      priority: 1,
      mutualisable: true,
      status: 'todo',
      owner: '',
      dueDate: null,
      notes: '',
      edited: false,
    })
    expect(item(plan, 'act-comptes')).toMatchObject({ priority: 2, phase: 'parametrage', mutualisable: false })
  })
})

describe('buildActionPlan: regeneration keeps edits', () => {
  it('applies the edit kept under the action id', () => {
    const edits = {
      'act-sauvegardes': actionEdit('act-sauvegardes', {
        status: 'doing',
        owner: 'Mme Martin',
        dueDate: '2026-06-30',
        notes: 'Avec le prestataire',
      }),
    }
    const edited = item(planFor({ 'secu-sauvegardes': 'aucune' }, { edits }), 'act-sauvegardes')
    expect(edited).toMatchObject({
      state: 'active',
      status: 'doing',
      owner: 'Mme Martin',
      dueDate: '2026-06-30',
      notes: 'Avec le prestataire',
      edited: true,
    })
  })

  it('keeps an edited action as obsolete, unranked, once its triggers no longer hold', () => {
    const edits = { 'act-sauvegardes': actionEdit('act-sauvegardes', { status: 'done' }) }
    const before = planFor({ 'secu-sauvegardes': 'aucune' }, { edits })
    expect(item(before, 'act-sauvegardes').state).toBe('active')
    const after = planFor({ 'secu-sauvegardes': 'reguliere' }, { edits })
    expect(item(after, 'act-sauvegardes')).toMatchObject({
      state: 'obsolete',
      rank: null,
      prioritaire: false,
      triggeredBy: [],
      status: 'done',
      edited: true,
    })
  })

  it.each<[string, Partial<ActionEdit>]>([
    ['a status', { status: 'dropped' }],
    ['an owner', { owner: 'M. Durand' }],
    ['a due date', { dueDate: '2026-09-01' }],
    ['notes', { notes: 'Devis demandé' }],
  ])('keeps an obsolete action whose edit sets %s', (_what, change) => {
    const plan = planFor(
      { 'secu-sauvegardes': 'reguliere' },
      { edits: { 'act-sauvegardes': actionEdit('act-sauvegardes', change) } },
    )
    expect(ids(plan)).toEqual(['act-sauvegardes'])
    expect(item(plan, 'act-sauvegardes').state).toBe('obsolete')
  })

  it('drops an action whose triggers no longer hold when its edit holds only default values', () => {
    const edits = { 'act-sauvegardes': actionEdit('act-sauvegardes', { owner: '  ', notes: '' }) }
    expect(planFor({ 'secu-sauvegardes': 'reguliere' }, { edits })).toEqual([])
    expect(item(planFor({ 'secu-sauvegardes': 'aucune' }, { edits }), 'act-sauvegardes').edited).toBe(false)
  })

  it('puts obsolete items after every active one, whatever their priority', () => {
    const edits = { 'act-sauvegardes': actionEdit('act-sauvegardes', { owner: 'Mme Martin' }) }
    const plan = planFor({ 'secu-sauvegardes': 'reguliere', 'secu-comptes': 'partages' }, { edits })
    expect(plan.map((i) => [i.actionId, i.state, i.rank])).toEqual([
      ['act-comptes', 'active', 1],
      ['act-sauvegardes', 'obsolete', null],
    ])
  })

  it.each<[Partial<ActionEdit>, boolean]>([
    [{}, true],
    [{ owner: ' ', notes: '\n', dueDate: '' }, true],
    [{ status: 'doing' }, false],
    [{ owner: 'Mme Martin' }, false],
    [{ dueDate: '2026-01-31' }, false],
    [{ notes: 'x' }, false],
  ])('isEditDefault(%o) is %s', (change, expected) => {
    expect(isEditDefault(actionEdit('a', change))).toBe(expected)
  })
})

describe('buildActionPlan: actions added by the user', () => {
  it('keeps them active with their own fields, no catalogue priority and no trigger', () => {
    const mine = customAction('perso-1', {
      title: 'Former l’équipe de nuit',
      phase: 'deploiement',
      domainId: 'securite',
      status: 'doing',
      owner: 'Cadre de santé',
    })
    const plan = planFor({}, { custom: [mine] })
    expect(plan).toEqual([
      {
        actionId: 'perso-1',
        source: 'custom',
        title: 'Former l’équipe de nuit',
        why: mine.why,
        how: mine.how,
        phase: 'deploiement',
        domainId: 'securite',
        priority: null,
        mutualisable: false,
        triggeredBy: [],
        state: 'active',
        rank: 1,
        prioritaire: true,
        status: 'doing',
        owner: 'Cadre de santé',
        dueDate: null,
        notes: '',
        edited: true,
        waitsFor: [],
      },
    ])
    expect(item(planFor({}, { custom: [customAction('perso-2')] }), 'perso-2').edited).toBe(false)
  })
})

describe('planProgress', () => {
  it('counts active items by status and leaves obsolete ones out', () => {
    const custom = [
      customAction('c1', { status: 'done' }),
      customAction('c2', { status: 'doing' }),
      customAction('c3', { status: 'dropped' }),
    ]
    const edits = { 'act-sauvegardes': actionEdit('act-sauvegardes', { status: 'done' }) }
    // act-sauvegardes is obsolete (backups are tested), act-comptes is active and untouched
    const plan = planFor({ 'secu-sauvegardes': 'reguliere', 'secu-comptes': 'partages' }, { custom, edits })
    expect(planProgress(plan)).toEqual({ total: 4, done: 1, doing: 1, todo: 1, dropped: 1 })
  })
})

describe('groupPlanBy', () => {
  const values = { 'gouv-schema': 'notes', 'secu-sauvegardes': 'aucune', 'secu-comptes': 'partages' }
  // plan order: act-sauvegardes, act-schema (organisation, priority 1), perso (cadrage, priority 2, no domain), act-comptes (parametrage, priority 2)
  const plan = planFor(values, { custom: [customAction('perso', { phase: 'cadrage' })] })

  it('groups by phase in the order of a project, keeping the plan order inside each group', () => {
    expect(ids(plan)).toEqual(['act-sauvegardes', 'act-schema', 'perso', 'act-comptes'])
    expect(groupPlanBy(plan, 'phase').map((g) => [g.key, ids(g.items)])).toEqual([
      ['organisation', ['act-sauvegardes', 'act-schema']],
      ['cadrage', ['perso']],
      ['parametrage', ['act-comptes']],
    ])
  })

  it('groups by domain in the order of each domain’s first item, with a group for items without a domain', () => {
    expect(groupPlanBy(plan, 'domain').map((g) => [g.key, ids(g.items)])).toEqual([
      ['securite', ['act-sauvegardes', 'act-comptes']],
      ['gouvernance', ['act-schema']],
      [null, ['perso']],
    ])
  })
})
