import { describe, expect, it } from 'vitest'
import type { Answer, Assessment } from '@/domain/assessment'
import type { QuestionnaireDefinition } from '@/domain/definition'
import { createProgressCache, indexByAssessment, withoutAssessments } from '@/stores/answer-index'

const answer = (assessmentId: string, questionId: string, value = 'a'): Answer => ({
  assessmentId,
  questionId,
  value,
  comment: '',
  updatedAt: '2026-01-01T00:00:00.000Z',
})

describe('the answers indexed by assessment', () => {
  it('groups the answers of each assessment in one pass', () => {
    const index = indexByAssessment([answer('a1', 'q1'), answer('a2', 'q1'), answer('a1', 'q2')])
    expect(index.get('a1')?.map((a) => a.questionId)).toEqual(['q1', 'q2'])
    expect(index.get('a2')).toHaveLength(1)
  })

  it('keeps the same list for an assessment whose answers did not change, and a new one for the other', () => {
    const before = indexByAssessment([answer('a1', 'q1'), answer('a2', 'q1')])
    const after = indexByAssessment([answer('a1', 'q1'), answer('a2', 'q1', 'b')], before)
    expect(after.get('a1')).toBe(before.get('a1'))
    expect(after.get('a2')).not.toBe(before.get('a2'))
  })

  it('drops removed assessments and leaves the other lists as they were', () => {
    const before = indexByAssessment([answer('a1', 'q1'), answer('a2', 'q1')])
    const after = withoutAssessments(before, ['a2'])
    expect(after.has('a2')).toBe(false)
    expect(after.get('a1')).toBe(before.get('a1'))
  })
})

describe('the progress cache', () => {
  const definition = { id: 'q' } as unknown as QuestionnaireDefinition
  const assessment = { id: 'a1' } as Assessment

  it('computes an assessment once, and again only when its answers are another list', () => {
    let runs = 0
    const progress = createProgressCache(({ answers }) => {
      runs++
      return answers.length / 10
    })
    const answers = [answer('a1', 'q1')]
    expect(progress({ answers, structure: null, definition, assessment })).toBe(0.1)
    expect(progress({ answers, structure: null, definition, assessment })).toBe(0.1)
    expect(runs).toBe(1)
    expect(progress({ answers: [...answers, answer('a1', 'q2')], structure: null, definition, assessment })).toBe(0.2)
    expect(runs).toBe(2)
  })
})
