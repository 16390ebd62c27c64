/**
 * The action plan: catalogue actions triggered by the answers, actions added by the user, and the
 * user's edits, in the order they are best carried out.
 *
 * A catalogue action enters the plan when any of its triggers holds: the trigger's question is
 * visible, applies to the structure's profile and is answered with an option whose level is below
 * `below`, or answered « Je ne sais pas » when `whenUnknown` is set. Hidden, left-out and unanswered
 * questions never trigger. Edits are kept by action id, so regenerating the plan never loses them: an
 * action whose triggers no longer hold stays as « plus nécessaire » (obsolete) when the user had
 * edited it, and disappears otherwise.
 *
 * Order of the active items:
 * - Prerequisites first, always. An action never comes before an action it requires (`requires`,
 *   directly or through other actions) while that one is an active item neither done nor dropped;
 *   it then says what it waits for (`waitsFor`: « Après : … »).
 * - Otherwise by ranking key, each criterion deciding only on a tie of the previous ones:
 *   1. priority ascending (catalogue 1 high … 3 low; an action added by the user counts as 2);
 *   2. phase, in the order of a project (ACTION_PHASES: organisation, cadrage, acquisition,
 *      paramétrage, déploiement, bilan);
 *   3. how many active actions of the plan wait for it, directly or through others, descending:
 *      what unlocks the most comes first (naming who leads before what they will lead);
 *   4. gap to the target in the action's domain, descending: max(0, target − domain score), where a
 *      domain without a score counts as target − lowest scale value, and an action without a domain
 *      as a gap of 0; target = the user's target, else the domain's, else highest scale value − 1;
 *   5. weight of the action's domain, descending (0 without a domain);
 *   6. lowest level among the answers that triggered it, ascending; « Je ne sais pas » counts as the
 *      lowest scale value, and an action triggered by no answer (added by the user) comes last;
 *   7. action id.
 * - A prerequisite ranks with the key of the most urgent action waiting for it when that key comes
 *   before its own: what holds back an urgent action moves up with it (see action-order.ts).
 * Obsolete items come after every active item, by ranking key, without a rank. The first
 * PRIORITY_COUNT active items that are neither done nor dropped are « prioritaires ».
 */
import {
  ACTION_PHASES,
  scaleBounds,
  type ActionDefinition,
  type ActionPhase,
  type ActionPriority,
  type QuestionnaireDefinition,
} from '../definition/definition'
import type { AnswerMap } from '../assessment/assessment'
import { computeScores } from '../assessment/scoring'
import { compareRankingKeys, computeDomainStandings, type RankingKey } from './action-ranking'
import { findTriggerHits, locateQuestions, type TriggerHit } from './action-triggers'
import { orderWithPrerequisites, requirementClosure } from './action-order'
import type { ResolvedProfile } from '../assessment/profile'
import type { DomainTargets } from '../assessment/targets'

export type { TriggerHit } from './action-triggers'

export type ActionStatus = 'todo' | 'doing' | 'done' | 'dropped'

export const ACTION_STATUSES: readonly ActionStatus[] = ['todo', 'doing', 'done', 'dropped'] as const

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  todo: 'À lancer',
  doing: 'En cours',
  done: 'Fait',
  dropped: 'Abandonné',
}

export const ACTION_PHASE_LABELS: Readonly<Record<ActionPhase, string>> = {
  organisation: 'Organisation (hors projet DUI)',
  cadrage: 'Cadrage',
  acquisition: 'Choix et acquisition',
  parametrage: 'Paramétrage',
  deploiement: 'Déploiement',
  bilan: 'Bilan',
}

export const ACTION_PRIORITY_LABELS: Readonly<Record<ActionPriority, string>> = { 1: 'Haute', 2: 'Moyenne', 3: 'Basse' }

export const PLAN_SOURCE_LABELS: Readonly<Record<PlanItem['source'], string>> = {
  catalogue: 'Catalogue',
  custom: 'Ajoutée',
}

export const PLAN_STATE_LABELS: Readonly<Record<PlanItem['state'], string>> = {
  active: 'Active',
  obsolete: 'Plus nécessaire',
}

/** Number of items marked « prioritaire » unless the caller asks for another count. */
export const PRIORITY_COUNT = 5

/** Priority given to actions added by the user when ranking them. */
export const CUSTOM_ACTION_PRIORITY = 2

/** What the user edited on an action, kept by action id. */
export interface ActionEdit {
  actionId: string
  status: ActionStatus
  owner: string
  /** YYYY-MM-DD */
  dueDate: string | null
  notes: string
  updatedAt: string
}

/** An action added by the user. */
export interface CustomAction {
  id: string
  title: string
  why: string
  how: string
  phase: ActionPhase
  domainId: string | null
  status: ActionStatus
  owner: string
  dueDate: string | null
  notes: string
  createdAt: string
  updatedAt: string
}

export interface PlanItem {
  actionId: string
  source: 'catalogue' | 'custom'
  title: string
  why: string
  how: string
  phase: ActionPhase
  domainId: string | null
  priority: ActionPriority | null
  mutualisable: boolean
  triggeredBy: TriggerHit[]
  /** 'active': its triggers hold (or user-added); 'obsolete': « plus nécessaire », triggers no longer hold but the user had edited it */
  state: 'active' | 'obsolete'
  /** 1-based order among active items, null for obsolete ones. */
  rank: number | null
  /** Among the first PRIORITY_COUNT active items not done or dropped. */
  prioritaire: boolean
  status: ActionStatus
  owner: string
  dueDate: string | null
  notes: string
  /** An edit exists with a non-default value. */
  edited: boolean
  /** The prerequisites in the plan, neither done nor dropped, that this action comes after (« Après : … »), in plan order. */
  waitsFor: { actionId: string; title: string }[]
}

export interface ActionPlanOptions {
  targets: DomainTargets
  edits: Readonly<Record<string, ActionEdit>>
  custom: readonly CustomAction[]
  priorityCount?: number
  /** The structure's profile: questions it leaves out trigger nothing and count in no score. */
  profile?: ResolvedProfile
}

type EditableFields = Pick<ActionEdit, 'status' | 'owner' | 'dueDate' | 'notes'>

/** Whether an edit changes nothing: status « à lancer », and no owner, due date or notes. */
export function isEditDefault(edit: EditableFields): boolean {
  return (
    edit.status === 'todo' && edit.owner.trim() === '' && (edit.dueDate ?? '').trim() === '' && edit.notes.trim() === ''
  )
}

function catalogueItem(
  action: ActionDefinition,
  domainId: string | null,
  hits: TriggerHit[],
  edit: ActionEdit | undefined,
): PlanItem {
  return {
    actionId: action.id,
    source: 'catalogue',
    title: action.title,
    why: action.why,
    how: action.how,
    phase: action.phase,
    domainId,
    priority: action.priority,
    mutualisable: action.mutualisable ?? false,
    triggeredBy: hits,
    state: hits.length > 0 ? 'active' : 'obsolete',
    rank: null,
    prioritaire: false,
    status: edit?.status ?? 'todo',
    owner: edit?.owner ?? '',
    dueDate: edit?.dueDate ?? null,
    notes: edit?.notes ?? '',
    edited: edit !== undefined && !isEditDefault(edit),
    waitsFor: [],
  }
}

function customItem(custom: CustomAction): PlanItem {
  const { id, title, why, how, phase, domainId, status, owner, dueDate, notes } = custom
  return {
    actionId: id,
    source: 'custom',
    title,
    why,
    how,
    phase,
    domainId,
    priority: null,
    mutualisable: false,
    triggeredBy: [],
    state: 'active',
    rank: null,
    prioritaire: false,
    status,
    owner,
    dueDate,
    notes,
    edited: !isEditDefault(custom),
    waitsFor: [],
  }
}

interface Ranked {
  id: string
  item: PlanItem
  key: RankingKey
  blocks: boolean
}

/**
 * Builds the action plan from the answers, the structure's profile, the user's targets, edits and
 * added actions. Items are ordered by the rule of this module: active items after the prerequisites
 * they wait for, otherwise by priority, phase, gap to the domain's target, domain weight, lowest
 * triggering level and id; then obsolete items, unranked. The first `priorityCount` (default
 * PRIORITY_COUNT) active items that are neither done nor dropped are marked prioritaire.
 */
export function buildActionPlan(
  definition: QuestionnaireDefinition,
  answers: AnswerMap,
  options: ActionPlanOptions,
): PlanItem[] {
  const located = locateQuestions(definition)
  const standings = computeDomainStandings(
    definition,
    computeScores(definition, answers, 'full', options.profile),
    options.targets,
  )
  const lowestScale = scaleBounds(definition).min
  const rankingKey = (
    id: string,
    priority: number,
    phase: ActionPhase,
    domainId: string | null,
    hits: readonly TriggerHit[],
  ): RankingKey => {
    const standing = domainId === null ? undefined : standings.get(domainId)
    const levels = hits.map((hit) => hit.level ?? lowestScale)
    return {
      id,
      priority,
      phase,
      gap: standing?.gap ?? 0,
      weight: standing?.weight ?? 0,
      lowestLevel: Math.min(Infinity, ...levels),
    }
  }
  const ranked = (item: PlanItem, key: RankingKey): Ranked => ({
    id: item.actionId,
    item,
    key,
    blocks: item.status !== 'done' && item.status !== 'dropped',
  })

  const entries: Ranked[] = []
  for (const action of definition.actions ?? []) {
    const hits = findTriggerHits(action, located, answers, options.profile)
    const edit = Object.hasOwn(options.edits, action.id) ? options.edits[action.id] : undefined
    if (hits.length === 0 && (edit === undefined || isEditDefault(edit))) continue
    const firstTrigger = action.triggers[0]?.question
    const domainId =
      action.domain ?? (firstTrigger === undefined ? null : (located.get(firstTrigger)?.domainId ?? null))
    entries.push(
      ranked(
        catalogueItem(action, domainId, hits, edit),
        rankingKey(action.id, action.priority, action.phase, domainId, hits),
      ),
    )
  }
  for (const custom of options.custom) {
    // A domain the definition does not know (removed in a later version) ranks like no domain.
    const domainId = custom.domainId !== null && standings.has(custom.domainId) ? custom.domainId : null
    entries.push(ranked(customItem(custom), rankingKey(custom.id, CUSTOM_ACTION_PRIORITY, custom.phase, domainId, [])))
  }

  const byKey = (a: Ranked, b: Ranked) => compareRankingKeys(a.key, b.key)
  const closure = requirementClosure(definition.actions ?? [])
  const activeEntries = entries.filter((e) => e.item.state === 'active')
  // What many actions of this plan wait for comes before what few do (criterion 3 of the rule).
  for (const entry of activeEntries) {
    if (entry.blocks)
      entry.key.unlocks = activeEntries.filter(
        (other) => other !== entry && (closure.get(other.id)?.has(entry.id) ?? false),
      ).length
  }
  const placed = orderWithPrerequisites(activeEntries, closure)
  const active = placed.map(({ entry }) => entry)
  const titles = new Map(active.map((e, index) => [e.id, { title: e.item.title, index }]))
  for (const { entry, waitsFor } of placed) {
    entry.item.waitsFor = waitsFor
      .flatMap((id) => {
        const found = titles.get(id)
        return found ? [{ actionId: id, title: found.title, index: found.index }] : []
      })
      .sort((a, b) => a.index - b.index)
      .map(({ actionId, title }) => ({ actionId, title }))
  }
  const obsolete = entries.filter((e) => e.item.state === 'obsolete').sort(byKey)
  let remaining = options.priorityCount ?? PRIORITY_COUNT
  active.forEach(({ item }, index) => {
    item.rank = index + 1
    if (remaining > 0 && item.status !== 'done' && item.status !== 'dropped') {
      item.prioritaire = true
      remaining--
    }
  })
  return [...active, ...obsolete].map((e) => e.item)
}

export interface PlanProgress {
  total: number
  done: number
  doing: number
  todo: number
  dropped: number
}

/** Counts the active items of a plan by status; obsolete items are left out. */
export function planProgress(plan: readonly PlanItem[]): PlanProgress {
  const progress: PlanProgress = { total: 0, done: 0, doing: 0, todo: 0, dropped: 0 }
  for (const item of plan) {
    if (item.state !== 'active') continue
    progress.total++
    progress[item.status]++
  }
  return progress
}

export interface PlanGroup {
  /** The phase or the domain id; null for items without a domain. */
  key: string | null
  items: PlanItem[]
}

/**
 * Groups plan items by phase or by domain, keeping the plan's order inside each group.
 * Phases come in the order of ACTION_PHASES (the sequence of a project); domains in the order of
 * their first item in the plan, so the domain of the most urgent action comes first.
 */
export function groupPlanBy(plan: readonly PlanItem[], key: 'phase' | 'domain'): PlanGroup[] {
  const groups = new Map<string | null, PlanItem[]>()
  for (const item of plan) {
    const value = key === 'phase' ? item.phase : item.domainId
    const group = groups.get(value)
    if (group) group.push(item)
    else groups.set(value, [item])
  }
  const result = [...groups].map(([value, items]) => ({ key: value, items }))
  if (key === 'phase') {
    const order: readonly string[] = ACTION_PHASES
    result.sort((a, b) => order.indexOf(a.key ?? '') - order.indexOf(b.key ?? ''))
  }
  return result
}
