import { describe, expect, it } from 'vitest'
import { anonymisedLabels, compareStructures, median, type ConsolidationEntry } from '@/domain/workshop/consolidation'
import { buildActionPlan } from '@/domain/action-plan'
import type { QuestionnaireDefinition } from '@/domain/definition/definition'
import { computeScores } from '@/domain/assessment/scoring'
import { answersFor, miniDefinition } from '../../fixtures'

function entry(definition: QuestionnaireDefinition, id: string, values: Record<string, string>): ConsolidationEntry {
  const answers = answersFor(values)
  return {
    structureId: id,
    label: `Structure ${id}`,
    scores: computeScores(definition, answers),
    plan: buildActionPlan(definition, answers, { targets: {}, edits: {}, custom: [] }),
  }
}

describe('compareStructures', () => {
  const definition = miniDefinition()
  const entries = [
    entry(definition, 's1', { 'gouv-schema': 'aucun', 'secu-sauvegardes': 'aucune', 'secu-comptes': 'partages' }),
    entry(definition, 's2', { 'gouv-schema': 'notes', 'secu-sauvegardes': 'non-testee', 'secu-comptes': 'nominatifs' }),
    entry(definition, 's3', { 'gouv-schema': 'valide', 'secu-sauvegardes': 'reguliere', 'secu-comptes': 'mixte' }),
    entry(definition, 's4', {}),
  ]
  const result = compareStructures(definition, entries)

  it('gives each structure its domain value, null when the domain is not assessable', () => {
    const governance = result.domains.find((d) => d.domainId === 'gouvernance')
    expect(governance?.values.map((v) => v.value)).toEqual([0, 1, 3, null])
  })

  it('computes mean, median, min and max over assessable values only, with their count', () => {
    const governance = result.domains.find((d) => d.domainId === 'gouvernance')
    expect(governance).toMatchObject({ count: 3, min: 0, max: 3, median: 1 })
    expect(governance?.mean).toBeCloseTo(4 / 3)
  })

  it('leaves the statistics empty when no structure is assessable', () => {
    const empty = compareStructures(definition, [entries[3] as ConsolidationEntry])
    expect(empty.domains[0]).toMatchObject({ count: 0, mean: null, median: null, min: null, max: null })
  })

  it('counts the questions answered at level 1 or below, most frequent first', () => {
    expect(result.lowQuestions.map((q) => [q.questionId, q.count])).toEqual([
      ['gouv-schema', 2],
      ['secu-sauvegardes', 2],
      ['secu-comptes', 1],
    ])
    expect(result.lowQuestions[0]?.structureIds).toEqual(['s1', 's2'])
  })

  it('lists actions still needed by at least two structures, the most needed first', () => {
    const shared = result.sharedActions.map((a) => [a.actionId, a.count, a.mutualisable])
    expect(shared).toContainEqual(['act-sauvegardes', 2, true])
    expect(shared).toContainEqual(['act-schema', 2, false])
    expect(shared.every((a) => (a[1] as number) >= 2)).toBe(true)
    const counts = result.sharedActions.map((a) => a.count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
  })

  it('counts a structure that has done an action as done, not as needing it', () => {
    const done = entries.map((e) => ({
      ...e,
      plan: e.plan.map((item) =>
        item.actionId === 'act-sauvegardes' && e.structureId === 's1' ? { ...item, status: 'done' as const } : item,
      ),
    }))
    // Only s2 still needs it: one structure is not « shared ».
    expect(
      compareStructures(definition, done).sharedActions.find((a) => a.actionId === 'act-sauvegardes'),
    ).toBeUndefined()
    const backups = compareStructures(definition, done, { minShared: 1 }).sharedActions.find(
      (a) => a.actionId === 'act-sauvegardes',
    )
    expect(backups).toMatchObject({ count: 1, structureIds: ['s2'], statuses: { todo: 1, doing: 0, done: 1 } })
  })

  it('consolidates 50 structures answering 100 questions', () => {
    const big: QuestionnaireDefinition = {
      ...definition,
      actions: Array.from({ length: 20 }, (_, i) => ({
        id: `act-${i}`,
        title: `Action ${i}`,
        why: 'w',
        how: 'h',
        phase: 'cadrage' as const,
        priority: 1 as const,
        mutualisable: i % 2 === 0,
        triggers: [{ question: `q-${i * 5}`, below: 2 }],
      })),
      domains: Array.from({ length: 10 }, (_, d) => ({
        id: `d-${d}`,
        title: `Domaine ${d}`,
        description: '',
        weight: 1,
        questions: Array.from({ length: 10 }, (_, q) => ({
          id: `q-${d * 10 + q}`,
          text: `Question ${d * 10 + q}`,
          help: '',
          weight: 1,
          allowUnknown: true,
          allowNotApplicable: true,
          options: [0, 1, 2, 3, 4].map((level) => ({ value: `v${level}`, label: `Niveau ${level}`, level })),
        })),
      })),
    }
    const many = Array.from({ length: 50 }, (_, s) => {
      const values: Record<string, string> = {}
      for (let q = 0; q < 100; q++) values[`q-${q}`] = `v${(s + q) % 5}`
      return entry(big, `s${s}`, values)
    })
    const consolidated = compareStructures(big, many)
    expect(consolidated.domains).toHaveLength(10)
    expect(consolidated.domains.every((d) => d.count === 50)).toBe(true)
    expect(consolidated.domains[0]?.mean).toBeCloseTo(2)
    expect(consolidated.lowQuestions).toHaveLength(100)
    expect(consolidated.lowQuestions.every((q) => q.count === 20)).toBe(true)
    expect(consolidated.sharedActions).toHaveLength(20)
    // Every action is needed by 20 structures: at equal need, mutualisable ones come first.
    expect(consolidated.sharedActions.every((a) => a.count === 20)).toBe(true)
    expect(consolidated.sharedActions.slice(0, 10).every((a) => a.mutualisable)).toBe(true)
  })
})

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 2, 3])).toBe(2.5)
    expect(median([])).toBeNull()
  })
})

describe('anonymisedLabels', () => {
  it('names structures A to Z, then AA, AB…', () => {
    const labels = anonymisedLabels(53)
    expect(labels.slice(0, 2)).toEqual(['Structure A', 'Structure B'])
    expect(labels[25]).toBe('Structure Z')
    expect(labels[26]).toBe('Structure AA')
    expect(labels[27]).toBe('Structure AB')
    expect(labels[52]).toBe('Structure BA')
    expect(new Set(labels).size).toBe(53)
  })
})
