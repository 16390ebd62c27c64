import { beforeEach, describe, expect, it } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { createPinia, setActivePinia } from 'pinia'
import type { BackupFile } from '@/domain/backup'
import { buildBackup, serializeBackup } from '@/domain/backup/backup'
import { policyOf, type BatchPolicy } from '@/domain/workshop'
import { readExisting } from '@/storage/backup'
import { analyseBatch } from '@/stores/batch-analysis'
import { applyBatch } from '@/stores/batch-import'
import { useDatabaseStore } from '@/stores/database'
import { generateStructureFiles, type GeneratedFile } from '../../fixtures/generate-structures'

const T1 = '2026-10-05T09:00:00.000Z'
const T2 = '2026-11-05T09:00:00.000Z'
const T3 = '2026-12-05T09:00:00.000Z'

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  setActivePinia(createPinia())
})

const fileOf = (name: string, text: string) => new File([text], name, { type: 'application/json' })

/** The structure's file sent again, its first answer set to `value` at `at`. */
function resent(generated: GeneratedFile, at: string, value: string | null): string {
  const parsed = JSON.parse(generated.text) as BackupFile
  const data = structuredClone(parsed.data)
  data.answers[0]!.value = value
  data.answers[0]!.updatedAt = at
  data.assessments[0]!.updatedAt = at
  const built = buildBackup(
    { ...data, definitions: [] },
    'structure',
    { structureId: generated.structure.id },
    { appVersion: parsed.appVersion, exportedAt: at },
  )
  return serializeBackup(built)
}

const firstAnswerOf = (generated: GeneratedFile) => (JSON.parse(generated.text) as BackupFile).data.answers[0]!

/** The saved value of the structure's first answer (the one `resent` changes). */
async function savedValue(generated: GeneratedFile): Promise<unknown> {
  const saved = await readExisting(await useDatabaseStore().db())
  const first = firstAnswerOf(generated)
  return saved.answers.find((a) => a.assessmentId === first.assessmentId && a.questionId === first.questionId)?.value
}

/** Analyses then writes the files under one policy, as a confirm with no file's choice changed. */
async function importAll(files: File[], policy: BatchPolicy = 'newest') {
  const analysed = await analyseBatch(files, policy, () => undefined)
  return applyBatch(
    analysed ?? [],
    () => policy,
    () => undefined,
  )
}

const other = (value: unknown) => (value === 'aucun' ? 'valide' : 'aucun')

describe('the batch import in two steps', () => {
  it('analyses the files without writing anything, then writes them once confirmed', async () => {
    const [first, second] = generateStructureFiles(2, { at: T1 })
    const files = [fileOf(first!.name, first!.text), fileOf(second!.name, second!.text), fileOf('abime.json', '{"x"')]
    const progress: number[] = []
    const analysed = (await analyseBatch(files, 'newest', (n) => progress.push(n)))!
    expect(progress).toEqual([1, 2, 3])
    expect(analysed.map((f) => [f.fileName, f.refused, f.outcomes?.newest.outcome])).toEqual([
      [first!.name, false, 'new'],
      [second!.name, false, 'new'],
      ['abime.json', true, undefined],
    ])
    expect(analysed[2]!.errors[0]).toBeTruthy()
    expect((await readExisting(await useDatabaseStore().db())).structures).toEqual([])

    const results = await applyBatch(
      analysed,
      () => 'newest',
      () => undefined,
    )
    expect(results.map((r) => r.status)).toEqual(['new', 'new', 'refused'])
    const saved = await readExisting(await useDatabaseStore().db())
    expect(saved.structures.map((s) => s.id).sort()).toEqual([first!.structure.id, second!.structure.id].sort())
  })

  it('writes each file under its own policy: the newest wins for one, the saved answers are kept for the other', async () => {
    const [first, second] = generateStructureFiles(2, { at: T1, seed: 3 })
    await importAll([fileOf(first!.name, first!.text), fileOf(second!.name, second!.text)])
    const firstValue = firstAnswerOf(first!).value
    const secondValue = firstAnswerOf(second!).value
    const files = [
      fileOf('renvoi-1.json', resent(first!, T2, other(firstValue))),
      fileOf('renvoi-2.json', resent(second!, T2, other(secondValue))),
    ]
    const analysed = (await analyseBatch(files, 'newest', () => undefined))!
    expect(analysed.map((f) => f.conflicts > 0)).toEqual([true, true])
    expect(analysed.map((f) => f.outcomes?.newest.outcome)).toEqual(['updated', 'updated'])
    expect(analysed.map((f) => f.outcomes?.['keep-mine'].outcome)).toEqual(['kept', 'kept'])

    const overrides: Record<number, BatchPolicy> = { 1: 'keep-mine' }
    const results = await applyBatch(
      analysed,
      (p) => policyOf('newest', overrides[p]),
      () => undefined,
    )
    expect(results.map((r) => [r.status, r.policy])).toEqual([
      ['updated', 'newest'],
      ['kept', 'keep-mine'],
    ])
    expect(await savedValue(first!)).toBe(other(firstValue))
    expect(await savedValue(second!)).toBe(secondValue)
  })

  it('plans again at the confirm: what another tab saved meanwhile is not overwritten by an older file', async () => {
    const [first] = generateStructureFiles(1, { at: T1, seed: 9 })
    await importAll([fileOf(first!.name, first!.text)])
    const original = firstAnswerOf(first!).value
    const analysed = (await analyseBatch(
      [fileOf('renvoi.json', resent(first!, T2, other(original)))],
      'newest',
      () => undefined,
    ))!
    expect(analysed[0]!.outcomes?.newest.outcome).toBe('updated')

    // Meanwhile, another tab saves a later answer for the same question.
    setActivePinia(createPinia())
    await importAll([fileOf('autre-onglet.json', resent(first!, T3, original))])
    expect(await savedValue(first!)).toBe(original)

    const results = await applyBatch(
      analysed,
      () => 'newest',
      () => undefined,
    )
    expect(results[0]!.status).toBe('kept')
    expect(await savedValue(first!)).toBe(original)
  })

  it('says « identical » for a file already imported, and a later file of the batch sees what an earlier one wrote', async () => {
    const [first] = generateStructureFiles(1, { at: T1, seed: 4 })
    const results = await importAll([fileOf('a.json', first!.text), fileOf('b.json', first!.text)])
    expect(results.map((r) => r.status)).toEqual(['new', 'identical'])
    expect((await importAll([fileOf('c.json', first!.text)])).map((r) => r.status)).toEqual(['identical'])
  })
})
