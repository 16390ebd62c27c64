/**
 * The write of a batch import, once the facilitator has confirmed the review (batch-analysis.ts):
 * the saved data is read again, so that what another tab wrote meanwhile is never overwritten
 * unseen; each file read at the analysis is planned again in order, under its own policy, and the
 * writes of many files go to the database together, each group of files in one transaction.
 */
import {
  appendWrites,
  checkBatchFiness,
  emptyWrites,
  finessRegister,
  hasRemovals,
  planFile,
  recordWrites,
  type BatchOutcome,
  type BatchPolicy,
  type FinessWarning,
} from '@/domain/workshop'
import * as storage from '@/storage/backup'
import { dataMessages } from '@/i18n/fr-data'
import { useDatabaseStore } from './database'
import { useLibraryStore } from './library'
import { useAssessmentStore } from './assessment'
import { knownDefinitions, readIndex, recordDefinitions, type AnalysedFile } from './batch-analysis'
import { newId, now } from '@/browser/clock'
import { nextTask, SLICE_MS } from '@/browser/next-task'

/** What happened to one file of a batch import. */
export interface BatchFileResult {
  fileName: string
  status: BatchOutcome | 'refused' | 'failed'
  /** The policy the file was imported with. */
  policy: BatchPolicy
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

/**
 * Writes the files analysed, each under `policyOf(position)`; reports progress after each file. A
 * file refused changes nothing; a write that fails changes nothing for its files.
 */
export async function applyBatch(
  files: readonly AnalysedFile[],
  policyOf: (position: number) => BatchPolicy,
  onProgress: (done: number) => void,
): Promise<BatchFileResult[]> {
  const database = useDatabaseStore()
  const library = useLibraryStore()
  const known = await knownDefinitions()
  const index = await readIndex(known)
  const results: BatchFileResult[] = files.map((entry, position) => ({
    fileName: entry.fileName,
    status: entry.file ? 'failed' : 'refused',
    policy: policyOf(position),
    answers: 0,
    structures: entry.structures,
    errors: entry.file ? [dataMessages.importFailed] : entry.errors,
    finess: [],
  }))
  if (!index) return results
  const register = finessRegister([...index.structures.values()])
  let pending = emptyWrites()
  let pendingResults: BatchFileResult[] = []
  /** What each file of the pending writes did, given to its result once written. */
  let outcomes: Partial<BatchFileResult>[] = []

  const flush = async (): Promise<void> => {
    if (pendingResults.length === 0) return
    try {
      await storage.applyImport(await database.db(), pending, now())
      pendingResults.forEach((result, i) => Object.assign(result, outcomes[i]))
    } catch {
      // What the index holds no longer matches the database: read it again.
      const fresh = await readIndex(known)
      if (fresh) Object.assign(index, fresh)
    }
    pending = emptyWrites()
    pendingResults = []
    outcomes = []
  }

  let sliceStart = performance.now()
  for (const [position, entry] of files.entries()) {
    const result = results[position]!
    if (entry.file) {
      const planned = planFile(index, entry.file, result.policy, { newId })
      if (hasRemovals(planned.writes)) await flush()
      recordWrites(index, planned.writes)
      recordDefinitions(index, entry.file)
      appendWrites(pending, planned.writes)
      pendingResults.push(result)
      outcomes.push({
        status: planned.outcome,
        answers: planned.answers,
        errors: [],
        finess: checkBatchFiness(register, entry.fileName, entry.file.data.structures),
      })
      if (pendingResults.length >= FILES_PER_WRITE || hasRemovals(planned.writes)) await flush()
    }
    onProgress(position + 1)
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
