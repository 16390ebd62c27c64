import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { QuestionnaireDefinition } from '@/domain/definition/definition'
import { listQuestions } from '@/domain/definition/definition'
import { computeDimensionScores } from '@/domain/assessment/results'
import { computeScores } from '@/domain/assessment/scoring'
import { answersFor } from '../fixtures'

const definition = JSON.parse(
  readFileSync(new URL('../../../questionnaires/autodiagnostic-maturite-si-esms.json', import.meta.url), 'utf8'),
) as QuestionnaireDefinition
const core = listQuestions(definition).filter((q) => q.core === true)

/** Every core question answered with its option at level 3, nothing else answered. */
function coreAtLevel3(): Record<string, string> {
  return Object.fromEntries(
    core.map((q) => {
      const option = q.options.find((o) => o.level === 3)
      if (!option) throw new Error(`${q.id} has no option at level 3`)
      return [q.id, option.value]
    }),
  )
}

describe('the shipped questionnaire’s essential path', () => {
  const answers = answersFor(coreAtLevel3())
  const scores = computeScores(definition, answers, 'essential')

  it('gives a global score of 3 when every core question is answered at level 3', () => {
    expect(core.length).toBeGreaterThan(0)
    expect(scores.score).toBeCloseTo(3)
    expect(scores.coverage).toBe(1)
  })

  it('scores each of the seven MaturiN-SMS dimensions at 3', () => {
    const dimensions = computeDimensionScores(definition, scores)
    expect(dimensions).toHaveLength(7)
    const unscored = dimensions.filter((d) => !d.assessable).map((d) => d.dimensionId)
    expect(unscored).toEqual([])
    for (const d of dimensions) expect(d.score).toBeCloseTo(3)
  })

  it('scores every domain that holds a core question, and only those', () => {
    const withCore = definition.domains.filter((d) => d.questions.some((q) => q.core === true)).map((d) => d.id)
    const scored = scores.domains.filter((d) => d.assessable).map((d) => d.domainId)
    expect(scored).toEqual(withCore)
  })
})
