import { describe, expect, it } from 'vitest'
import type { BackupFile } from '@/domain/backup'
import { applyResolutions, planImport } from '@/domain/backup'
import {
  appendWrites,
  batchOutcome,
  batchResolutions,
  checkBatchFiness,
  emptyWrites,
  existingFor,
  finessRegister,
  indexExisting,
  recordWrites,
  type BatchPolicy,
} from '@/domain/workshop'
import { AT, LATER, empty, fileOf, structure } from './batch-fixtures'

/** Imports the files one after the other against one index, as the store does. */
function run(files: BackupFile[], policy: BatchPolicy, index = indexExisting(empty)) {
  return files.map((file) => {
    const plan = planImport(file, existingFor(index, file))
    const writes = applyResolutions(plan, batchResolutions(plan, policy), { newId: () => 'new-id' })
    recordWrites(index, writes)
    return { ...batchOutcome(plan, writes), writes }
  })
}

describe('a batch import', () => {
  it('says a file new, then identical when it comes again in the same batch', () => {
    const outcomes = run([fileOf('s1', 'a'), fileOf('s1', 'a')], 'newest')
    expect(outcomes.map((o) => o.outcome)).toEqual(['new', 'identical'])
  })

  it('updates a structure sent again with a newer answer when the newest wins', () => {
    const [, second] = run([fileOf('s1', 'a'), fileOf('s1', 'b', LATER)], 'newest')
    expect(second?.outcome).toBe('updated')
    expect(second?.writes.replace.answers.map((a) => a.value)).toEqual(['b'])
  })

  it('keeps the saved answers with « keep-mine », and says the file was kept aside', () => {
    const [, second] = run([fileOf('s1', 'a'), fileOf('s1', 'b', LATER)], 'keep-mine')
    expect(second?.outcome).toBe('kept')
    expect(second?.writes.replace.answers).toEqual([])
  })

  it('keeps the saved answers when the file is older, even when the newest wins', () => {
    const [, second] = run([fileOf('s1', 'b', LATER), fileOf('s1', 'a', AT)], 'newest')
    expect(second?.outcome).toBe('kept')
  })

  it('plans each file against the records it touches only', () => {
    const index = indexExisting(empty)
    run([fileOf('s1', 'a'), fileOf('s2', 'a')], 'newest', index)
    const touched = existingFor(index, fileOf('s2', 'b'))
    expect(touched.structures.map((s) => s.id)).toEqual(['s2'])
    expect(touched.answers.map((a) => a.assessmentId)).toEqual(['a-s2'])
  })

  it('gathers the writes of many files to write them together', () => {
    const all = emptyWrites()
    for (const { writes } of run([fileOf('s1', 'a'), fileOf('s2', 'a')], 'newest')) appendWrites(all, writes)
    expect(all.add.structures.map((s) => s.id)).toEqual(['s1', 's2'])
    expect(all.add.answers).toHaveLength(2)
  })
})

describe('the FINESS numbers of a batch', () => {
  it('flags a number two files give to different structures, naming the other file', () => {
    const register = finessRegister([])
    expect(checkBatchFiness(register, 'un.json', [structure('s1')])).toEqual([])
    expect(checkBatchFiness(register, 'deux.json', [structure('s2')])).toEqual([
      {
        kind: 'batch',
        structure: 'Structure s2',
        finess: '750712184',
        otherFile: 'un.json',
        otherStructure: 'Structure s1',
      },
    ])
  })

  it('flags a number already held by another structure saved here, but not the same structure sent again', () => {
    const register = finessRegister([structure('s1')])
    expect(checkBatchFiness(register, 'un.json', [structure('s1')])).toEqual([])
    expect(checkBatchFiness(register, 'deux.json', [structure('s2')])[0]?.kind).toBe('library')
  })

  it('flags a number whose check key is wrong', () => {
    const warnings = checkBatchFiness(finessRegister([]), 'un.json', [structure('s1', '750712185')])
    expect(warnings).toEqual([{ kind: 'invalid', structure: 'Structure s1', finess: '750712185', problem: 'key' }])
  })
})
