import { describe, expect, it } from 'vitest'
import {
  indexExisting,
  needsAttention,
  outcomesOf,
  planFile,
  policyOf,
  recordWrites,
  reviewCounts,
  reviewStatus,
  type ReviewedFile,
} from '@/domain/workshop'
import { AT, LATER, empty, fileOf } from './batch-fixtures'

const newId = () => 'new-id'

/** An index holding structure s1 with the answer `value`, changed at `at`. */
function savedWith(value: string, at = AT) {
  const index = indexExisting(empty)
  recordWrites(index, planFile(index, fileOf('s1', value, at), 'newest', { newId }).writes)
  return index
}

describe('the review of a batch file', () => {
  it('says a file whose structure is not saved here is new, whatever the policy, with nothing to choose', () => {
    const planned = planFile(indexExisting(empty), fileOf('s1', 'a'), 'newest', { newId })
    expect(planned.outcome).toBe('new')
    expect(planned.conflicts).toBe(0)
    expect(outcomesOf(planned.plan, { newId })).toEqual({
      newest: { outcome: 'new', answers: 1 },
      'keep-mine': { outcome: 'new', answers: 1 },
    })
  })

  it('for a newer file of a saved structure, says « updated » when the newest wins and « kept » with « keep-mine »', () => {
    const planned = planFile(savedWith('a'), fileOf('s1', 'b', LATER), 'newest', { newId })
    expect(planned.conflicts).toBeGreaterThan(0)
    expect(planned.writes.replace.answers.map((a) => a.value)).toEqual(['b'])
    expect(outcomesOf(planned.plan, { newId })).toEqual({
      newest: { outcome: 'updated', answers: 1 },
      'keep-mine': { outcome: 'kept', answers: 0 },
    })
  })

  it('plans under the policy given: « keep-mine » writes none of the file’s changed answers', () => {
    const planned = planFile(savedWith('a'), fileOf('s1', 'b', LATER), 'keep-mine', { newId })
    expect(planned.outcome).toBe('kept')
    expect(planned.writes.replace.answers).toEqual([])
  })

  it('an older file is kept under either policy', () => {
    const planned = planFile(savedWith('b', LATER), fileOf('s1', 'a', AT), 'newest', { newId })
    expect(outcomesOf(planned.plan, { newId }).newest.outcome).toBe('kept')
  })
})

describe('the policy of each file', () => {
  it('follows the batch unless one was chosen for the file', () => {
    expect(policyOf('newest', undefined)).toBe('newest')
    expect(policyOf('keep-mine', undefined)).toBe('keep-mine')
    expect(policyOf('newest', 'keep-mine')).toBe('keep-mine')
  })

  it('counts each file under its own policy, and the refused apart', () => {
    const conflicting: ReviewedFile = {
      refused: false,
      conflicts: 1,
      finess: [],
      outcomes: { newest: { outcome: 'updated', answers: 1 }, 'keep-mine': { outcome: 'kept', answers: 0 } },
    }
    const plain: ReviewedFile = {
      refused: false,
      conflicts: 0,
      finess: [],
      outcomes: { newest: { outcome: 'new', answers: 3 }, 'keep-mine': { outcome: 'new', answers: 3 } },
    }
    const refused: ReviewedFile = { refused: true, conflicts: 0, finess: [], outcomes: null }
    const files = [conflicting, conflicting, plain, refused]
    // The batch says the newest wins; the second file was set to « keep-mine ».
    const overrides: Record<number, 'keep-mine'> = { 1: 'keep-mine' }
    expect(reviewCounts(files, (p) => policyOf('newest', overrides[p]))).toEqual({
      new: 1,
      updated: 1,
      identical: 0,
      kept: 1,
      refused: 1,
    })
    // The batch turned to « keep-mine »: the first file follows it.
    expect(reviewStatus(conflicting, policyOf('keep-mine', undefined))).toBe('kept')
    expect(files.map(needsAttention)).toEqual([true, true, false, true])
    expect(needsAttention({ ...plain, finess: [{}] })).toBe(true)
  })
})
