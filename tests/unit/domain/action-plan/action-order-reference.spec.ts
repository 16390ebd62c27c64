/**
 * The prerequisite order places, at each step, the best-ranked entry whose blockers are all placed
 * (or the best-ranked remaining one when a cycle holds every one back). Checked against that rule
 * written out step by step, on catalogues drawn at random: ties, cycles, entries that do not block.
 */
import { describe, expect, it } from 'vitest'
import type { ActionDefinition } from '@/domain/definition'
import { orderWithPrerequisites, requirementClosure, type OrderEntry } from '@/domain/action-plan/action-order'
import { compareRankingKeys } from '@/domain/action-plan/action-ranking'
import { ACTION_PHASES } from '@/domain/definition'

/** The rule as it reads: rank what is ready at each step, the key of what waits for it lifting a prerequisite. */
function reference(entries: readonly OrderEntry[], closure: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const blocking = new Set(entries.filter((e) => e.blocks).map((e) => e.id))
  const blockersOf = new Map(
    entries.map((e) => [e.id, [...(closure.get(e.id) ?? [])].filter((id) => id !== e.id && blocking.has(id))]),
  )
  const effective = new Map(entries.map((e) => [e.id, e.key]))
  for (const e of entries)
    for (const b of blockersOf.get(e.id) ?? []) {
      const current = effective.get(b)
      if (current && compareRankingKeys(e.key, current) < 0) effective.set(b, e.key)
    }
  const compare = (a: OrderEntry, b: OrderEntry) =>
    compareRankingKeys(effective.get(a.id) ?? a.key, effective.get(b.id) ?? b.key) || compareRankingKeys(a.key, b.key)
  const placed = new Set<string>()
  const remaining = [...entries]
  const order: string[] = []
  while (remaining.length) {
    const ready = remaining.filter((e) => (blockersOf.get(e.id) ?? []).every((id) => placed.has(id)))
    const pool = ready.length ? ready : remaining
    const next = pool.reduce((best, e) => (compare(e, best) < 0 ? e : best))
    remaining.splice(remaining.indexOf(next), 1)
    placed.add(next.id)
    order.push(next.id)
  }
  return order
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('orderWithPrerequisites', () => {
  it('places the entries as the rule written step by step does, on 300 random catalogues', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed)
      const pick = (n: number) => Math.floor(next() * n)
      const count = 1 + pick(30)
      const ids = Array.from({ length: count }, (_, i) => `a${i}`)
      const actions = ids.map(
        (id): ActionDefinition =>
          ({
            id,
            requires: ids.filter((other) => other !== id && next() < 0.08),
          }) as unknown as ActionDefinition,
      )
      const closure = requirementClosure(actions)
      const entries: OrderEntry[] = ids
        .filter(() => next() < 0.85)
        .map((id) => ({
          id,
          blocks: next() < 0.8,
          key: {
            id: next() < 0.3 ? 'same' : id,
            priority: 1 + pick(3),
            phase: ACTION_PHASES[pick(ACTION_PHASES.length)] ?? 'organisation',
            unlocks: pick(3),
            gap: pick(3),
            weight: pick(2),
            lowestLevel: pick(3),
          },
        }))
      expect(orderWithPrerequisites(entries, closure).map((p) => p.entry.id)).toEqual(reference(entries, closure))
    }
  })
})
