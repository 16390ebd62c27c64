/**
 * Places the items of the action plan so that no action comes before an action it requires (the
 * prerequisite rule documented in action-plan.ts). Terminates on any catalogue, cycles included.
 */
import type { ActionDefinition } from '../definition/definition'
import { compareRankingKeys, type RankingKey } from './action-ranking'

/**
 * Every action that each catalogue action requires, directly or through other actions. An action
 * never requires itself, even through a cycle (the validator refuses cycles; this stays safe).
 */
export function requirementClosure(actions: readonly ActionDefinition[]): ReadonlyMap<string, ReadonlySet<string>> {
  let closure = closures.get(actions)
  if (!closure) {
    closure = computeClosure(actions)
    closures.set(actions, closure)
  }
  return closure
}

/** The closure of each catalogue, computed once: a questionnaire version never changes once saved. */
const closures = new WeakMap<readonly ActionDefinition[], Map<string, Set<string>>>()

function computeClosure(actions: readonly ActionDefinition[]): Map<string, Set<string>> {
  const direct = new Map(actions.map((action) => [action.id, action.requires ?? []]))
  const closure = new Map<string, Set<string>>()
  for (const action of actions) {
    const seen = new Set<string>()
    const stack = [...(direct.get(action.id) ?? [])]
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      if (seen.has(id)) continue
      seen.add(id)
      stack.push(...(direct.get(id) ?? []))
    }
    seen.delete(action.id)
    closure.set(action.id, seen)
  }
  return closure
}

/** An item to place: its ranking key, and whether it holds back the actions that require it. */
export interface OrderEntry {
  id: string
  key: RankingKey
  /** In the plan and neither done nor dropped: the actions that require it wait for it. */
  blocks: boolean
}

export interface PlacedEntry<T extends OrderEntry> {
  entry: T
  /** The prerequisites it waits for, nearest first met: none of them is required by another one of the list. */
  waitsFor: string[]
}

/**
 * Orders entries by their ranking keys under the prerequisite constraint: an entry comes after
 * every blocking entry it requires, directly or transitively. A prerequisite takes the key of the
 * most urgent entry that waits for it when that key ranks before its own, so that what holds back
 * an urgent action moves up with it rather than waiting behind less urgent ones. Should a cycle
 * ever hold every remaining entry back, the best-ranked of them is placed anyway.
 */
export function orderWithPrerequisites<T extends OrderEntry>(
  entries: readonly T[],
  closure: ReadonlyMap<string, ReadonlySet<string>>,
): PlacedEntry<T>[] {
  const blocking = new Set(entries.filter((e) => e.blocks).map((e) => e.id))
  const blockersOf = new Map<string, string[]>()
  for (const entry of entries) {
    blockersOf.set(
      entry.id,
      [...(closure.get(entry.id) ?? [])].filter((id) => id !== entry.id && blocking.has(id)),
    )
  }

  const effective = new Map(entries.map((e) => [e.id, e.key]))
  for (const entry of entries) {
    for (const blocker of blockersOf.get(entry.id) ?? []) {
      const current = effective.get(blocker)
      if (current !== undefined && compareRankingKeys(entry.key, current) < 0) effective.set(blocker, entry.key)
    }
  }
  const compare = (a: T, b: T): number =>
    compareRankingKeys(effective.get(a.id) ?? a.key, effective.get(b.id) ?? b.key) || compareRankingKeys(a.key, b.key)

  // The entries once in ranking order (a stable sort: ties keep the entries' order). The next one
  // placed is then the first of that order whose blockers are all placed, or, should a cycle hold
  // every remaining one back, the first remaining: the best-ranked either way, without comparing
  // keys again at each step (83 actions × 500 structures when a group opens).
  const remaining = [...entries].sort(compare)
  const placed = new Set<string>()
  const result: PlacedEntry<T>[] = []
  while (remaining.length > 0) {
    const readyAt = remaining.findIndex((e) => (blockersOf.get(e.id) ?? []).every((id) => placed.has(id)))
    const [next] = remaining.splice(Math.max(readyAt, 0), 1) as [T]
    placed.add(next.id)
    const blockers = blockersOf.get(next.id) ?? []
    const nearest = blockers.filter(
      (id) => !blockers.some((other) => other !== id && (closure.get(other)?.has(id) ?? false)),
    )
    result.push({ entry: next, waitsFor: nearest })
  }
  return result
}
