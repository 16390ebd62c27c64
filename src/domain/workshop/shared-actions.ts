/**
 * The actions a group's structures share: each catalogue action present in several plans, with how
 * many structures still need it and where each of them stands (à lancer, en cours, fait), ranked by
 * how many need it. The threshold « shared » is relative to the group's size.
 */
import type { PlanItem } from '../action-plan/action-plan'

/** How the structures whose plan holds an action stand on it. */
export interface ActionStatusCounts {
  todo: number
  doing: number
  done: number
}

export interface SharedAction {
  actionId: string
  title: string
  domainId: string | null
  mutualisable: boolean
  /** Structures that still need the action: in their plan, neither done nor dropped. */
  count: number
  /** Those structures, in the group's order. */
  structureIds: string[]
  /** Where the structures whose plan holds the action stand (done ones are counted here, not in `count`). */
  statuses: ActionStatusCounts
}

/** The plans of the group's structures, as the shared actions need them. */
export interface PlanEntry {
  structureId: string
  plan: readonly PlanItem[]
}

/**
 * Catalogue actions still needed (in the plan, active, neither done nor dropped) by at least
 * `minShared` structures: the most needed first, then mutualisable ones, then by title. User actions
 * have their own ids and are never shared.
 */
export function findSharedActions(entries: readonly PlanEntry[], minShared: number): SharedAction[] {
  const byId = new Map<string, SharedAction>()
  // The structures already counted per action: a set, as a list's search would be quadratic at 500 structures.
  const counted = new Map<string, Set<string>>()
  for (const entry of entries) {
    for (const item of entry.plan) {
      if (item.source !== 'catalogue' || item.state !== 'active' || item.status === 'dropped') continue
      let shared = byId.get(item.actionId)
      if (!shared) {
        shared = {
          actionId: item.actionId,
          title: item.title,
          domainId: item.domainId,
          mutualisable: item.mutualisable,
          count: 0,
          structureIds: [],
          statuses: { todo: 0, doing: 0, done: 0 },
        }
        byId.set(item.actionId, shared)
        counted.set(item.actionId, new Set())
      }
      shared.statuses[item.status]++
      const seen = counted.get(item.actionId) as Set<string>
      if (item.status !== 'done' && !seen.has(entry.structureId)) {
        seen.add(entry.structureId)
        shared.structureIds.push(entry.structureId)
        shared.count++
      }
    }
  }
  return [...byId.values()]
    .filter((a) => a.count >= minShared)
    .sort(
      (a, b) =>
        b.count - a.count || Number(b.mutualisable) - Number(a.mutualisable) || a.title.localeCompare(b.title, 'fr'),
    )
}

/**
 * The least number of structures that makes an action « shared » in a group of `groupSize`: the
 * given share of the group, rounded up, and never fewer than two structures.
 */
export function sharedThreshold(groupSize: number, share: number): number {
  return Math.max(2, Math.ceil(groupSize * share - 1e-9))
}
