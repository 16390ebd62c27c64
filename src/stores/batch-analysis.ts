/**
 * The first step of a batch import: every file read and checked (in a worker), and planned against
 * the saved data read once, in the order of the files, so that a file sees what the earlier ones
 * would write. Nothing is written: the files read are kept for the write, which plans them again
 * against the data saved by then (batch-import.ts).
 */
import type { BackupFile, DefinitionRef } from '@/domain/backup'
import type { BatchRead } from '@/domain/backup/files'
import { issueMessage, issuePath } from '@/i18n/fr-validation'
import {
  checkBatchFiness,
  finessRegister,
  indexExisting,
  outcomesOf,
  planFile,
  recordWrites,
  type BatchIndex,
  type BatchPolicy,
  type FinessWarning,
  type ReviewedFile,
} from '@/domain/workshop'
import * as storage from '@/storage/backup'
import { listDefinitions } from '@/storage/repository'
import { dataMessages } from '@/i18n/fr-data'
import { useDatabaseStore } from './database'
import { useLibraryStore } from './library'
import { useQuestionnairesStore } from './questionnaires'
import { newId } from '@/browser/clock'
import { readBackups } from '@/browser/backup-reader'
import { nextTask, SLICE_MS } from '@/browser/next-task'

/** A file of the batch as analysed: refused with its reasons, or read, with what it would do. */
export interface AnalysedFile extends ReviewedFile {
  fileName: string
  /** The file as read and checked, kept for the write; null when it is refused. */
  file: BackupFile | null
  /** Ids and names of the structures the file holds. */
  structures: { id: string; name: string }[]
  /** Why the file is refused. */
  errors: string[]
  finess: FinessWarning[]
}

/** The questionnaire versions available here: built in and saved. */
export async function knownDefinitions(): Promise<DefinitionRef[]> {
  const questionnaires = useQuestionnairesStore()
  await questionnaires.load()
  const saved = (await useDatabaseStore().run((db) => listDefinitions(db))) ?? []
  return [
    ...questionnaires.builtin.map((d) => ({ id: d.id, version: d.version, definition: d })),
    ...saved.map((d) => ({ id: d.id, version: d.version, definition: d.definition })),
  ]
}

/** The saved data, indexed with the questionnaires known; null when the database cannot be read. */
export async function readIndex(known: readonly DefinitionRef[]): Promise<BatchIndex | null> {
  const existing = await useDatabaseStore().run((db) => storage.readExisting(db))
  if (!existing) return null
  return indexExisting({ ...existing, definitions: [...existing.definitions, ...known] })
}

/** Records in the index the questionnaire versions a file brings. */
export function recordDefinitions(index: BatchIndex, file: BackupFile): void {
  for (const d of file.data.definitions)
    index.definitions.set(`${d.id}@${d.version}`, { id: d.id, version: d.version, definition: d })
}

/** Why a file could not be read, in words: the first faults, each with where it is. */
function refusal(read: Exclude<BatchRead, { ok: true }>): string[] {
  if ('unreadable' in read) return [dataMessages.readFailed]
  // A file too large is said so alone: its text was not read.
  if (read.errors[0]?.code === 'too-large') return [issueMessage(read.errors[0])]
  return read.errors.slice(0, 5).map((e) => `${issuePath(e)} : ${issueMessage(e)}`)
}

/**
 * Reads, checks and plans the files, `policy` standing for the files' policies where a later file
 * meets what an earlier one would write; reports progress after each file. Writes nothing. Null
 * when the saved data cannot be read.
 */
export async function analyseBatch(
  files: readonly File[],
  policy: BatchPolicy,
  onProgress: (done: number) => void,
): Promise<AnalysedFile[] | null> {
  const library = useLibraryStore()
  if (!library.loaded) await library.load()
  const index = await readIndex(await knownDefinitions())
  if (!index) return null
  const register = finessRegister([...index.structures.values()])
  const analysed: AnalysedFile[] = []
  let position = 0
  let sliceStart = performance.now()
  for await (const read of readBackups(files, [...index.definitions.values()])) {
    const fileName = files[position]!.name
    if (!read.ok) {
      analysed.push({
        fileName,
        file: null,
        refused: true,
        conflicts: 0,
        outcomes: null,
        structures: [],
        errors: refusal(read),
        finess: [],
      })
    } else {
      const file = read.file
      const planned = planFile(index, file, policy, { newId })
      recordWrites(index, planned.writes)
      recordDefinitions(index, file)
      analysed.push({
        fileName,
        file,
        refused: false,
        conflicts: planned.conflicts,
        outcomes: outcomesOf(planned.plan, { newId }),
        structures: file.data.structures.map((s) => ({ id: s.id, name: s.name })),
        errors: [],
        finess: checkBatchFiness(register, fileName, file.data.structures),
      })
    }
    position++
    onProgress(position)
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask()
      sliceStart = performance.now()
    }
  }
  return analysed
}
