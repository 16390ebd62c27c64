import { describe, expect, it } from 'vitest'
import { latestAssessment, parseTypedNumber, validateGroupInput } from '@/domain/workshop/group'
import type { Assessment } from '@/domain/assessment/assessment'

function assessment(id: string, structureId: string, createdAt: string, questionnaireId = 'q'): Assessment {
  return {
    id,
    structureId,
    questionnaireId,
    questionnaireVersion: '1.0.0',
    status: 'in-progress',
    currentPage: null,
    respondents: [],
    createdAt,
    updatedAt: createdAt,
  }
}

describe('validateGroupInput', () => {
  it('requires a name, a structure and a known rule set', () => {
    const result = validateGroupInput({ name: ' ', structureIds: [], ruleSetId: 'x' }, ['amorcage'])
    expect(result).toEqual({
      ok: false,
      errors: { name: { code: 'required' }, ruleSetId: { code: 'not-in-list' }, structureIds: { code: 'required' } },
    })
  })
  it('trims the name and removes duplicate structures', () => {
    expect(
      validateGroupInput({ name: ' Grappe ', structureIds: ['a', 'a', 'b'], ruleSetId: 'amorcage' }, ['amorcage']),
    ).toEqual({ ok: true, value: { name: 'Grappe', structureIds: ['a', 'b'], ruleSetId: 'amorcage' } })
  })
})

describe('latestAssessment', () => {
  const list = [
    assessment('a1', 's1', '2025-01-01'),
    assessment('a2', 's1', '2026-01-01'),
    assessment('a3', 's2', '2027-01-01'),
    assessment('a4', 's1', '2027-01-01', 'other'),
  ]
  it('takes the most recently created assessment of the structure', () => {
    expect(latestAssessment(list, 's1')?.id).toBe('a4')
  })
  it('only among the accepted questionnaires', () => {
    expect(latestAssessment(list, 's1', (a) => a.questionnaireId === 'q')?.id).toBe('a2')
    expect(latestAssessment(list, 's3')).toBeUndefined()
  })
})

describe('parseTypedNumber', () => {
  it('reads French decimals and refuses text', () => {
    expect(parseTypedNumber('12,5')).toBe(12.5)
    expect(parseTypedNumber(' 1 200 ')).toBe(1200)
    expect(parseTypedNumber('')).toBeNull()
    expect(parseTypedNumber('beaucoup')).toBeNull()
  })
})
