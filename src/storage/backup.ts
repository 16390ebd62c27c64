/**
 * Backup files on the storage side: reading the records a backup holds, writing an import in one
 * transaction (all or nothing), erasing everything, and the dates the backup reminder needs.
 */
import type {
  BackupScope,
  BackupSelection,
  BackupSnapshot,
  ExistingData,
  ImportWrites,
  RecordSet,
} from '@/domain/backup'
import { STORES, type CapsiDb } from './db'
import { guard, toStorageError } from './errors'
import { plain } from './repository'

/** Every store of records a backup carries (questionnaire versions aside). */
const RECORD_STORES = [
  STORES.structures,
  STORES.assessments,
  STORES.answers,
  STORES.actionEdits,
  STORES.customActions,
  STORES.services,
  STORES.groups,
] as const
const ALL_STORES = [...RECORD_STORES, STORES.definitions, STORES.meta] as const
const LAST_BACKUP_KEY = 'lastBackupAt'
/** Write requests issued between two waits of an import, each slice a short task of the page. */
const REQUESTS_PER_SLICE = 400

/** The records a backup of the given scope needs, read in one transaction (definitions: every saved version; groups: only for everything). */
export function readSnapshot(
  db: CapsiDb,
  scope: BackupScope,
  selection: BackupSelection = {},
): Promise<BackupSnapshot> {
  return guard(async () => {
    const tx = db.transaction([...RECORD_STORES, STORES.definitions], 'readonly')
    const definitions = (await tx.objectStore(STORES.definitions).getAll()).map((stored) => stored.definition)
    if (scope === 'all') {
      const [structures, assessments, answers, actionEdits, customActions, services, groups] = await Promise.all([
        tx.objectStore(STORES.structures).getAll(),
        tx.objectStore(STORES.assessments).getAll(),
        tx.objectStore(STORES.answers).getAll(),
        tx.objectStore(STORES.actionEdits).getAll(),
        tx.objectStore(STORES.customActions).getAll(),
        tx.objectStore(STORES.services).getAll(),
        tx.objectStore(STORES.groups).getAll(),
      ])
      return { structures, assessments, answers, actionEdits, customActions, services, groups, definitions }
    }
    const assessmentStore = tx.objectStore(STORES.assessments)
    const one = scope === 'assessment' ? await assessmentStore.get(selection.assessmentId ?? '') : undefined
    const structureId = scope === 'structure' ? (selection.structureId ?? '') : (one?.structureId ?? '')
    const structure = await tx.objectStore(STORES.structures).get(structureId)
    const assessments =
      scope === 'structure' ? await assessmentStore.index('by-structure').getAll(structureId) : one ? [one] : []
    const snapshot: BackupSnapshot = {
      structures: structure ? [structure] : [],
      assessments,
      answers: [],
      actionEdits: [],
      customActions: [],
      services:
        scope === 'structure' ? await tx.objectStore(STORES.services).index('by-structure').getAll(structureId) : [],
      groups: [],
      definitions,
    }
    for (const assessment of assessments) {
      snapshot.answers.push(...(await tx.objectStore(STORES.answers).index('by-assessment').getAll(assessment.id)))
      snapshot.actionEdits.push(
        ...(await tx.objectStore(STORES.actionEdits).index('by-assessment').getAll(assessment.id)),
      )
      snapshot.customActions.push(
        ...(await tx.objectStore(STORES.customActions).index('by-assessment').getAll(assessment.id)),
      )
    }
    return snapshot
  })
}

/** Everything saved, as the import planner compares it with a file (definitions as id and version). */
export async function readExisting(db: CapsiDb): Promise<ExistingData> {
  const snapshot = await readSnapshot(db, 'all')
  return { ...snapshot, definitions: snapshot.definitions.map((d) => ({ id: d.id, version: d.version })) }
}

/**
 * Performs every write of an import in a single readwrite transaction: removals, then additions
 * (refused if something is saved under the same key), then replacements, then the definitions not
 * saved yet. If any write fails, the transaction is aborted and nothing at all is written.
 */
export async function applyImport(db: CapsiDb, writes: ImportWrites, savedAt: string): Promise<void> {
  const tx = db.transaction([...RECORD_STORES, STORES.definitions], 'readwrite', { durability: 'strict' })
  const pending: Promise<unknown>[] = []
  const track = (request: Promise<unknown>): void => {
    // Every request is awaited below; this only keeps an aborted one from being reported twice.
    request.catch(() => undefined)
    pending.push(request)
  }
  track(tx.done)
  let issued = 0
  /** Every few hundred requests, waits for the last one: the page can draw in between, in the same transaction. */
  const breathe = async (): Promise<void> => {
    if (++issued % REQUESTS_PER_SLICE === 0) await pending[pending.length - 1]
  }
  try {
    const { remove } = writes
    for (const key of remove.answers) track(tx.objectStore(STORES.answers).delete(key))
    for (const key of remove.actionEdits) track(tx.objectStore(STORES.actionEdits).delete(key))
    for (const id of remove.customActions) track(tx.objectStore(STORES.customActions).delete(id))
    const write = async (set: RecordSet, mode: 'add' | 'put'): Promise<void> => {
      const lists: [(typeof RECORD_STORES)[number], readonly object[]][] = [
        [STORES.structures, set.structures],
        [STORES.assessments, set.assessments],
        [STORES.answers, set.answers],
        [STORES.actionEdits, set.actionEdits],
        [STORES.customActions, set.customActions],
        [STORES.services, set.services],
        [STORES.groups, set.groups],
      ]
      for (const [name, records] of lists)
        for (const r of records) {
          track(tx.objectStore(name)[mode](plain(r) as never))
          await breathe()
        }
    }
    await write(writes.add, 'add')
    await write(writes.replace, 'put')
    const definitions = tx.objectStore(STORES.definitions)
    for (const definition of writes.definitions) {
      track(
        definitions.getKey([definition.id, definition.version]).then((found) =>
          found
            ? undefined
            : definitions.add({
                id: definition.id,
                version: definition.version,
                source: 'imported',
                definition: plain(definition),
                savedAt,
              }),
        ),
      )
    }
    await Promise.all(pending)
  } catch (error) {
    try {
      tx.abort()
    } catch {
      // Already aborted by the failed request.
    }
    throw toStorageError(error)
  }
}

/** Deletes every record of every store, in one transaction. */
export function eraseEverything(db: CapsiDb): Promise<void> {
  return guard(async () => {
    const tx = db.transaction([...ALL_STORES], 'readwrite', { durability: 'strict' })
    await Promise.all([...ALL_STORES.map((name) => tx.objectStore(name).clear()), tx.done])
  })
}

/** How many records of each kind are saved. */
export function countRecords(
  db: CapsiDb,
): Promise<{ structures: number; assessments: number; answers: number; services: number; groups: number }> {
  return guard(async () => {
    const tx = db.transaction(
      [STORES.structures, STORES.assessments, STORES.answers, STORES.services, STORES.groups],
      'readonly',
    )
    const [structures, assessments, answers, services, groups] = await Promise.all([
      tx.objectStore(STORES.structures).count(),
      tx.objectStore(STORES.assessments).count(),
      tx.objectStore(STORES.answers).count(),
      tx.objectStore(STORES.services).count(),
      tx.objectStore(STORES.groups).count(),
    ])
    return { structures, assessments, answers, services, groups }
  })
}

/** Change dates of every saved record, for the backup reminder. */
export function listChangeDates(db: CapsiDb): Promise<string[]> {
  return guard(async () => {
    const tx = db.transaction([...RECORD_STORES], 'readonly')
    const lists = await Promise.all(RECORD_STORES.map((name) => tx.objectStore(name).getAll()))
    return lists.flatMap((list: { updatedAt: string }[]) => list.map((record) => record.updatedAt))
  })
}

export function readLastBackupAt(db: CapsiDb): Promise<string | null> {
  return guard(async () => {
    const record = await db.get(STORES.meta, LAST_BACKUP_KEY)
    return typeof record?.value === 'string' ? record.value : null
  })
}

export function recordBackup(db: CapsiDb, at: string): Promise<void> {
  return guard(async () => {
    await db.put(STORES.meta, { key: LAST_BACKUP_KEY, value: at })
  })
}
