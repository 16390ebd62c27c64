import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { buildBackup, serializeBackup, sortBackupData, type BackupSnapshot } from '@/domain/backup/backup'
import { parseBackup } from '@/domain/backup/validate'
import { conflictsOf, planImport } from '@/domain/backup'
import { applyResolutions, type ImportWrites } from '@/domain/backup/resolve'
import { openCapsiDb, STORES, type CapsiDb } from '@/storage/db'
import {
  applyImport,
  countRecords,
  eraseEverything,
  listChangeDates,
  readExisting,
  readLastBackupAt,
  readSnapshot,
  recordBackup,
} from '@/storage/backup'
import * as repo from '@/storage/repository'
import { listGroups, saveGroup } from '@/storage/groups'
import { EXPORTED_AT, T0, T2, answer, group, sampleSnapshot, structure } from '../backup-fixtures'

let db: CapsiDb
const SAVED_AT = '2026-03-21T00:00:00.000Z'

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory()
  db = await openCapsiDb()
})

afterEach(() => db.close())

function writesFor(
  theirs: BackupSnapshot,
  existing = {
    structures: [],
    assessments: [],
    answers: [],
    actionEdits: [],
    customActions: [],
    services: [],
    groups: [],
    definitions: [],
  },
): ImportWrites {
  const file = buildBackup(theirs, 'all', {}, { appVersion: '0.1.0', exportedAt: EXPORTED_AT })
  return applyResolutions(planImport(file, existing), {}, { newId: () => 'nouveau' })
}

async function everything(): Promise<unknown> {
  const snapshot = await readSnapshot(db, 'all')
  return { ...sortBackupData(snapshot), meta: await db.getAll(STORES.meta) }
}

describe('applyImport', () => {
  it('writes every record of a file into an empty database, and readSnapshot reads them back', async () => {
    const snapshot = sampleSnapshot()
    await applyImport(db, writesFor(snapshot), SAVED_AT)
    expect(sortBackupData(await readSnapshot(db, 'all'))).toEqual(sortBackupData(snapshot))
    expect(await repo.getDefinition(db, 'exemple-mini', '1.0.0')).toMatchObject({
      source: 'imported',
      savedAt: SAVED_AT,
    })
  })

  it('writes nothing at all when one write fails halfway (a record the database refuses)', async () => {
    await repo.saveStructure(db, structure({ id: 'déjà-là', name: 'Structure déjà enregistrée' }))
    const before = await everything()
    const writes = writesFor(sampleSnapshot())
    // An answer without a question id has no key: the database refuses it after the others were queued.
    writes.add.answers.push({ ...answer('x', 'y'), questionId: undefined as unknown as string })
    await expect(applyImport(db, writes, SAVED_AT)).rejects.toMatchObject({ name: 'StorageError', kind: 'write' })
    expect(await everything()).toEqual(before)
  })

  it('writes nothing at all when the disk fills up in the middle of the import', async () => {
    const before = await everything()
    const put = IDBObjectStore.prototype.add
    let calls = 0
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (++calls === 5) throw new DOMException('Quota exceeded', 'QuotaExceededError')
      return put.apply(this, args)
    }
    try {
      await expect(applyImport(db, writesFor(sampleSnapshot()), SAVED_AT)).rejects.toMatchObject({ kind: 'quota' })
    } finally {
      IDBObjectStore.prototype.add = put
    }
    expect(calls).toBeGreaterThanOrEqual(5)
    expect(await everything()).toEqual(before)
  })

  it('writes a large import whole, its requests issued slice by slice in one transaction', async () => {
    const writes = writesFor(sampleSnapshot())
    const many = Array.from({ length: 1500 }, (_, i) => answer(`q-${i}`, 'oui'))
    writes.add.answers.push(...many)
    await applyImport(db, writes, SAVED_AT)
    expect((await repo.listAllAnswers(db)).filter((a) => a.questionId.startsWith('q-'))).toHaveLength(1500)
  })

  it('writes nothing of a large import whose write fails after several slices', async () => {
    const before = await everything()
    const writes = writesFor(sampleSnapshot())
    writes.add.answers.push(...Array.from({ length: 1500 }, (_, i) => answer(`q-${i}`, 'oui')))
    writes.add.answers.push({ ...answer('x', 'y'), questionId: undefined as unknown as string })
    await expect(applyImport(db, writes, SAVED_AT)).rejects.toMatchObject({ name: 'StorageError', kind: 'write' })
    expect(await everything()).toEqual(before)
  })

  it('refuses to add a record over one saved under the same key, and then writes nothing', async () => {
    const snapshot = sampleSnapshot()
    const writes = writesFor(snapshot)
    // Saved after the plan was made, as another tab could do.
    await repo.saveStructure(db, structure({ name: 'Saisi entre-temps dans un autre onglet' }))
    const before = await everything()
    await expect(applyImport(db, writes, SAVED_AT)).rejects.toMatchObject({ name: 'StorageError' })
    expect(await everything()).toEqual(before)
  })

  it('removes, replaces and adds as the resolution says, in one go', async () => {
    const mine = sampleSnapshot()
    await applyImport(db, writesFor(mine), SAVED_AT)
    const theirs = sampleSnapshot()
    theirs.answers = [
      answer('gouv-schema', 'suivi', { updatedAt: T2 }),
      answer('gouv-suivi', 'annuel', { updatedAt: T2 }),
      ...theirs.answers.filter((a) => a.assessmentId === 'a2'),
    ]
    const file = buildBackup(theirs, 'all', {}, { appVersion: '0.1.0', exportedAt: EXPORTED_AT })
    const plan = planImport(file, await readExisting(db))
    expect(conflictsOf(plan).map((c) => c.key)).toEqual(['assessment:a1'])
    await applyImport(db, applyResolutions(plan, { 'assessment:a1': 'take-theirs' }, { newId: () => 'x' }), SAVED_AT)
    const answers = (await repo.loadAnswers(db, 'a1')).map((a) => [a.questionId, a.value])
    expect(answers).toEqual([
      ['gouv-schema', 'suivi'],
      ['gouv-suivi', 'annuel'],
    ])
  })

  it('never replaces a questionnaire version already saved', async () => {
    const definition = sampleSnapshot().definitions[0]
    if (!definition) throw new Error('fixture')
    await repo.saveDefinition(db, definition, 'builtin', '2026-01-01T00:00:00.000Z')
    const writes = writesFor(sampleSnapshot())
    writes.definitions = [{ ...definition, title: 'Titre réécrit par un fichier' }]
    await applyImport(db, writes, SAVED_AT)
    expect(await repo.getDefinition(db, definition.id, definition.version)).toMatchObject({
      source: 'builtin',
      definition: { title: 'Exemple minimal' },
    })
  })
})

describe('readSnapshot', () => {
  beforeEach(async () => {
    await applyImport(db, writesFor(sampleSnapshot()), SAVED_AT)
  })

  it('reads one structure with its assessments, their records and its services', async () => {
    const snapshot = await readSnapshot(db, 'structure', { structureId: 's1' })
    expect(snapshot.structures.map((s) => s.id)).toEqual(['s1'])
    expect(snapshot.assessments.map((a) => a.id)).toEqual(['a1'])
    expect(snapshot.answers.map((a) => a.assessmentId)).toEqual(['a1', 'a1'])
    expect(snapshot.actionEdits).toHaveLength(1)
    expect(snapshot.customActions).toHaveLength(1)
    expect(snapshot.services.map((s) => s.id)).toEqual(['sv1'])
  })

  it('reads one assessment with its structure', async () => {
    const snapshot = await readSnapshot(db, 'assessment', { assessmentId: 'a2' })
    expect(snapshot.structures.map((s) => s.id)).toEqual(['s2'])
    expect(snapshot.assessments.map((a) => a.id)).toEqual(['a2'])
    expect(snapshot.answers).toHaveLength(1)
    expect(snapshot.services).toEqual([])
  })

  it('reads nothing for an unknown selection', async () => {
    const snapshot = await readSnapshot(db, 'assessment', { assessmentId: 'inconnue' })
    expect([snapshot.structures, snapshot.assessments, snapshot.answers]).toEqual([[], [], []])
  })
})

describe('eraseEverything and the backup dates', () => {
  it('counts the records, lists their change dates, records the last backup, then erases everything', async () => {
    await applyImport(db, writesFor(sampleSnapshot()), SAVED_AT)
    expect(await countRecords(db)).toEqual({ structures: 2, assessments: 2, answers: 3, services: 1, groups: 1 })
    expect(await listChangeDates(db)).toHaveLength(2 + 2 + 3 + 1 + 1 + 1 + 1)
    expect(await readLastBackupAt(db)).toBeNull()
    await recordBackup(db, SAVED_AT)
    expect(await readLastBackupAt(db)).toBe(SAVED_AT)
    await eraseEverything(db)
    expect(await countRecords(db)).toEqual({ structures: 0, assessments: 0, answers: 0, services: 0, groups: 0 })
    expect(await repo.listDefinitions(db)).toEqual([])
    expect(await readLastBackupAt(db)).toBeNull()
  })
})

describe('workshop groups in a backup', () => {
  it('a group saved in the workshop survives export of everything, erasing everything and import, identical', async () => {
    await applyImport(db, writesFor({ ...sampleSnapshot(), groups: [] }), SAVED_AT)
    const saved = [
      group(),
      group({ id: 'g2', name: 'Collectif SI', structureIds: ['s2'], usageTargets: {}, createdAt: T0, updatedAt: T2 }),
    ]
    for (const g of saved) await saveGroup(db, g)

    const snapshot = await readSnapshot(db, 'all')
    expect(sortBackupData(snapshot).groups).toEqual(saved)
    const text = serializeBackup(buildBackup(snapshot, 'all', {}, { appVersion: '0.1.0', exportedAt: EXPORTED_AT }))
    await eraseEverything(db)
    expect(await listGroups(db)).toEqual([])

    const parsed = parseBackup(text)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
    const plan = planImport(parsed.file, await readExisting(db))
    expect(plan.groups.added.map((g) => g.id)).toEqual(['g1', 'g2'])
    await applyImport(db, applyResolutions(plan, {}, { newId: () => 'inutile' }), SAVED_AT)
    expect((await listGroups(db)).sort((a, b) => a.id.localeCompare(b.id))).toEqual(saved)
    expect(await countRecords(db)).toMatchObject({ structures: 2, groups: 2 })
  })

  it('a backup of one structure reads no group', async () => {
    await applyImport(db, writesFor(sampleSnapshot()), SAVED_AT)
    expect((await readSnapshot(db, 'structure', { structureId: 's1' })).groups).toEqual([])
    expect((await readSnapshot(db, 'all')).groups).toEqual([group()])
  })

  it('replaces a saved group or adds a copy beside it, as the user chose, and counts its change date for the reminder', async () => {
    await applyImport(db, writesFor(sampleSnapshot()), SAVED_AT)
    const theirs = sampleSnapshot()
    theirs.groups = [group({ name: 'Grappe Horizon (siège)', updatedAt: T2 })]
    const file = buildBackup(theirs, 'all', {}, { appVersion: '0.1.0', exportedAt: EXPORTED_AT })
    const plan = planImport(file, await readExisting(db))
    expect(conflictsOf(plan).map((c) => c.key)).toEqual(['group:g1'])

    await applyImport(db, applyResolutions(plan, { 'group:g1': 'keep-both' }, { newId: () => 'g-copie' }), SAVED_AT)
    expect((await listGroups(db)).map((g) => [g.id, g.name, g.importedFrom])).toEqual([
      ['g-copie', 'Grappe Horizon (siège)', 'g1'],
      ['g1', 'Grappe Horizon', undefined],
    ])
    expect(await listChangeDates(db)).toContain(T2)

    await applyImport(
      db,
      applyResolutions(
        planImport(file, await readExisting(db)),
        { 'group:g1': 'take-theirs' },
        { newId: () => 'inutile' },
      ),
      SAVED_AT,
    )
    expect((await listGroups(db)).map((g) => [g.id, g.name])).toEqual([
      ['g-copie', 'Grappe Horizon (siège)'],
      ['g1', 'Grappe Horizon (siège)'],
    ])
  })

  it('writes no group when another write of the same import fails', async () => {
    const writes = writesFor(sampleSnapshot())
    expect(writes.add.groups).toHaveLength(1)
    writes.add.answers.push({ ...answer('x', 'y'), questionId: undefined as unknown as string })
    await expect(applyImport(db, writes, SAVED_AT)).rejects.toMatchObject({ name: 'StorageError' })
    expect(await listGroups(db)).toEqual([])
  })
})
