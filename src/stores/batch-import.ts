/**
 * Importing the backup files of many structures at once. The saved data is read once for the whole
 * batch; each file is checked and planned on its own, conflicts settled by the batch's policy, and
 * the writes of many files go to the database together, each group of files in one transaction.
 */
import type { DefinitionRef, ImportWrites } from '@/domain/backup'
import { applyResolutions, planImport } from '@/domain/backup'
import type { BatchRead } from '@/domain/backup/files'
import { issueMessage, issuePath } from '@/i18n/fr-validation'
import {
  appendWrites,
  batchOutcome,
  batchResolutions,
  checkBatchFiness,
  emptyWrites,
  existingFor,
  finessRegister,
  hasRemovals,
  indexExisting,
  recordWrites,
  type BatchOutcome,
  type BatchPolicy,
  type FinessWarning,
} from '@/domain/workshop'
import * as storage from '@/storage/backup'
import { listDefinitions } from '@/storage/repository'
import { dataMessages } from '@/i18n/fr-data'
import { useDatabaseStore } from './database'
import { useLibraryStore } from './library'
import { useAssessmentStore } from './assessment'
import { useQuestionnairesStore } from './questionnaires'
import { newId, now } from '@/browser/clock'
import { readBackups } from '@/browser/backup-reader'
import { nextTask, SLICE_MS } from '@/browser/next-task'

/** What happened to one file of a batch import. */
export interface BatchFileResult {
  fileName: string
  status: BatchOutcome | 'refused' | 'failed'
  /** Answers the file added or changed. */
  answers: number
  /** Ids and names of the structures the file holds. */
  structures: { id: string; name: string }[]
  /** Why the file was refused or failed. */
  errors: string[]
  finess: FinessWarning[]
}

/** Files whose writes go to the database in one transaction. */
const FILES_PER_WRITE = 100

async function knownDefinitions(): Promise<DefinitionRef[]> {
  const questionnaires = useQuestionnairesStore()
  await questionnaires.load()
  const saved = (await useDatabaseStore().run((db) => listDefinitions(db))) ?? []
  return [
    ...questionnaires.builtin.map((d) => ({ id: d.id, version: d.version, definition: d })),
    ...saved.map((d) => ({ id: d.id, version: d.version, definition: d.definition })),
  ]
}

/** Why a file could not be read, in words: the first faults, each with where it is. */
function refusal(read: Exclude<BatchRead, { ok: true }>): string[] {
  if ('unreadable' in read) return [dataMessages.readFailed]
  // A file too large is said so alone: its text was not read.
  if (read.errors[0]?.code === 'too-large') return [issueMessage(read.errors[0])]
  return read.errors.slice(0, 5).map((e) => `${issuePath(e)} : ${issueMessage(e)}`)
}

/**
 * Imports the files with one policy for the records changed on both sides; reports progress after
 * each file. A file refused changes nothing; a write that fails changes nothing for its files.
 */
export async function importBatch(
  files: readonly File[],
  policy: BatchPolicy,
  onProgress: (done: number) => void,
): Promise<BatchFileResult[]> {
  const database = useDatabaseStore()
  const library = useLibraryStore()
  if (!library.loaded) await library.load()
  const known = await knownDefinitions()
  const existing = await database.run((db) => storage.readExisting(db))
  const results: BatchFileResult[] = []
  if (!existing) {
    for (const chosen of files) results.push(failed(chosen.name, []))
    return results
  }
  const index = indexExisting({ ...existing, definitions: [...existing.definitions, ...known] })
  const register = finessRegister(existing.structures)
  let pending = emptyWrites()
  let pendingResults: BatchFileResult[] = []

  const flush = async (): Promise<void> => {
    if (pendingResults.length === 0) return
    try {
      await storage.applyImport(await database.db(), pending, now())
    } catch {
      for (const result of pendingResults) Object.assign(result, failed(result.fileName, result.structures))
      // What the index holds no longer matches the database: read it again.
      const fresh = await database.run((db) => storage.readExisting(db))
      if (fresh) Object.assign(index, indexExisting({ ...fresh, definitions: [...fresh.definitions, ...known] }))
    }
    pending = emptyWrites()
    pendingResults = []
  }

  let position = 0
  let sliceStart = performance.now()
  for await (const read of readBackups(files, [...index.definitions.values()])) {
    const chosen = files[position]!
    if (!read.ok) {
      results.push({ ...failed(chosen.name, []), status: 'refused', errors: refusal(read) })
    } else {
      const file = read.file
      const structures = file.data.structures.map((s) => ({ id: s.id, name: s.name }))
      const plan = planImport(file, existingFor(index, file))
      const writes: ImportWrites = applyResolutions(plan, batchResolutions(plan, policy), { newId })
      if (hasRemovals(writes)) await flush()
      recordWrites(index, writes)
      for (const d of file.data.definitions)
        index.definitions.set(`${d.id}@${d.version}`, { id: d.id, version: d.version, definition: d })
      appendWrites(pending, writes)
      const { outcome, answers } = batchOutcome(plan, writes)
      const finess = checkBatchFiness(register, chosen.name, file.data.structures)
      const result: BatchFileResult = {
        fileName: chosen.name,
        status: outcome,
        answers,
        structures,
        errors: [],
        finess,
      }
      results.push(result)
      pendingResults.push(result)
      if (pendingResults.length >= FILES_PER_WRITE || hasRemovals(writes)) await flush()
    }
    position++
    onProgress(position)
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask()
      sliceStart = performance.now()
    }
  }
  await flush()
  useAssessmentStore().close()
  await library.load()
  const { useGroupsStore } = await import('./groups')
  const groups = useGroupsStore()
  if (groups.loaded) await groups.load()
  return results
}

function failed(fileName: string, structures: BatchFileResult['structures']): BatchFileResult {
  return { fileName, status: 'failed', answers: 0, structures, errors: [dataMessages.importFailed], finess: [] }
}
