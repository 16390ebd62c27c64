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
  scaleBounds,
  type ActionDefinition,
  type ActionPhase,
  type QuestionnaireDefinition,
} from '../definition/definition'
import type { AnswerMap } from '../assessment/assessment'
import { computeScores } from '../assessment/scoring'
import { compareRankingKeys, computeDomainStandings, type RankingKey } from './action-ranking'
import { findTriggerHits, locateQuestions, type TriggerHit } from './action-triggers'
import { orderWithPrerequisites, requirementClosure } from './action-order'
import {
  CUSTOM_ACTION_PRIORITY,
  PRIORITY_COUNT,
  isEditDefault,
  type ActionEdit,
  type ActionPlanOptions,
  type CustomAction,
  type PlanItem,
} from './action-plan'

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
  // Counted in one pass over what each active action requires, rather than by every pair.
  const waiting = new Map<string, number>()
  for (const other of activeEntries)
    for (const id of closure.get(other.id) ?? []) if (id !== other.id) waiting.set(id, (waiting.get(id) ?? 0) + 1)
  for (const entry of activeEntries) if (entry.blocks) entry.key.unlocks = waiting.get(entry.id) ?? 0
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
