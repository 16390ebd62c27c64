// Measures the consolidation of 50 structures answering the full autodiagnostic (scores, plans,
// group statistics) and writes the median time to the file named by CAPSI_BENCH_OUT.
import { readFileSync, writeFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import type { Answer } from '@/domain/assessment'
import type { QuestionnaireDefinition } from '@/domain/definition'
import { listQuestions } from '@/domain/definition'
import { computeScores } from '@/domain/scoring'
import { buildActionPlan } from '@/domain/action-plan'
import { compareStructures } from '@/domain/consolidation'

const definition = JSON.parse(readFileSync(new URL('../../questionnaires/autodiagnostic-maturite-si-esms.json', import.meta.url), 'utf8')) as QuestionnaireDefinition

function answersOf(seed: number): Record<string, Answer> {
  const map: Record<string, Answer> = {}
  listQuestions(definition).forEach((q, i) => {
    const option = q.options[(seed * 7 + i * 3) % q.options.length]
    if (option) map[q.id] = { assessmentId: `a${seed}`, questionId: q.id, value: option.value, comment: '', updatedAt: '2026-01-01T00:00:00.000Z' }
  })
  return map
}

it('consolidates 50 structures', () => {
  const answers = Array.from({ length: 50 }, (_, i) => answersOf(i))
  const times: number[] = []
  let domains = 0
  for (let run = 0; run < 7; run++) {
    const start = performance.now()
    const entries = answers.map((a, i) => ({
      structureId: `s${i}`,
      label: `Structure ${i}`,
      scores: computeScores(definition, a),
      plan: buildActionPlan(definition, a, { targets: {}, edits: {}, custom: [] }),
    }))
    domains = compareStructures(definition, entries).domains.length
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const out = process.env.CAPSI_BENCH_OUT
  if (out) writeFileSync(out, JSON.stringify({ medianMs: times[Math.floor(times.length / 2)] }))
  expect(domains).toBe(definition.domains.length)
})
