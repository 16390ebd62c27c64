import { describe, expect, it } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { openDB } from 'idb'
import { DB_NAME, DB_VERSION, openCapsiDb } from '@/storage/db'
import * as repo from '@/storage/repository'
import { listGroups } from '@/storage/groups'

/** Builds the database exactly as version 1 of the app created it, with data in every store. */
async function createVersion1(): Promise<void> {
  const db = await openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('structures', { keyPath: 'id' })
      database.createObjectStore('assessments', { keyPath: 'id' }).createIndex('by-structure', 'structureId')
      database
        .createObjectStore('answers', { keyPath: ['assessmentId', 'questionId'] })
        .createIndex('by-assessment', 'assessmentId')
      database.createObjectStore('definitions', { keyPath: ['id', 'version'] })
      database.createObjectStore('meta', { keyPath: 'key' })
    },
  })
  await db.put('structures', {
    id: 's1',
    name: 'FAM Les Pins',
    finess: '750712184',
    category: 'FAM',
    capacity: 40,
    organisation: '',
    createdAt: 'x',
    updatedAt: 'x',
  })
  await db.put('assessments', {
    id: 'a1',
    structureId: 's1',
    questionnaireId: 'q',
    questionnaireVersion: '1.0.0',
    status: 'in-progress',
    currentPage: 'gouvernance',
    respondents: [],
    createdAt: 'x',
    updatedAt: 'x',
  })
  await db.put('answers', {
    assessmentId: 'a1',
    questionId: 'gouv-schema',
    value: 'valide',
    comment: 'Validé en CA',
    updatedAt: 'x',
  })
  await db.put('definitions', { id: 'q', version: '1.0.0', source: 'builtin', definition: { id: 'q' }, savedAt: 'x' })
  await db.put('meta', { key: 'lastBackupAt', value: '2026-01-01' })
  db.close()
}

/** Builds the database as version 2 created it (action plans and services added), full of data. */
async function createVersion2(): Promise<void> {
  await createVersion1()
  const db = await openDB(DB_NAME, 2, {
    upgrade(database) {
      database
        .createObjectStore('actionEdits', { keyPath: ['assessmentId', 'actionId'] })
        .createIndex('by-assessment', 'assessmentId')
      database.createObjectStore('customActions', { keyPath: 'id' }).createIndex('by-assessment', 'assessmentId')
      database.createObjectStore('services', { keyPath: 'id' }).createIndex('by-structure', 'structureId')
    },
  })
  await db.put('actionEdits', {
    assessmentId: 'a1',
    actionId: 'act-schema',
    status: 'doing',
    owner: 'Direction',
    dueDate: '2026-06-30',
    notes: '',
    updatedAt: 'x',
  })
  await db.put('customActions', {
    id: 'perso-1',
    assessmentId: 'a1',
    title: 'Former les équipes',
    why: '',
    how: '',
    phase: 'deploiement',
    domainId: null,
    status: 'todo',
    owner: '',
    dueDate: null,
    notes: '',
    createdAt: 'x',
    updatedAt: 'x',
  })
  await db.put('services', { id: 'svc1', structureId: 's1', name: 'DUI' })
  await db.put('definitions', {
    id: 'variante',
    version: '2.0.0',
    source: 'imported',
    definition: { id: 'variante' },
    savedAt: 'x',
  })
  db.close()
}

describe('database upgrades', () => {
  it('brings a version 2 database to version 3 with every record intact and an empty groups store', async () => {
    globalThis.indexedDB = new IDBFactory()
    await createVersion2()
    const db = await openCapsiDb()
    expect(db.version).toBe(DB_VERSION)
    expect(await repo.listStructures(db)).toHaveLength(1)
    expect(await repo.loadAnswers(db, 'a1')).toHaveLength(1)
    expect(await db.get('actionEdits', ['a1', 'act-schema'])).toMatchObject({ status: 'doing', owner: 'Direction' })
    expect(await db.get('customActions', 'perso-1')).toMatchObject({ title: 'Former les équipes' })
    expect(await db.get('services', 'svc1')).toMatchObject({ name: 'DUI' })
    expect((await repo.listDefinitions(db)).map((d) => [d.id, d.source])).toEqual([
      ['q', 'builtin'],
      ['variante', 'imported'],
    ])
    expect(await listGroups(db)).toEqual([])
    db.close()
  })

  it('brings a version 1 database to the current version with every record intact', async () => {
    globalThis.indexedDB = new IDBFactory()
    await createVersion1()
    const db = await openCapsiDb()
    expect(db.version).toBe(DB_VERSION)
    expect(await repo.listStructures(db)).toHaveLength(1)
    expect((await repo.getAssessment(db, 'a1'))?.currentPage).toBe('gouvernance')
    expect(await repo.loadAnswers(db, 'a1')).toEqual([
      { assessmentId: 'a1', questionId: 'gouv-schema', value: 'valide', comment: 'Validé en CA', updatedAt: 'x' },
    ])
    expect(await repo.getDefinition(db, 'q', '1.0.0')).toMatchObject({ source: 'builtin' })
    expect(await db.get('meta', 'lastBackupAt')).toEqual({ key: 'lastBackupAt', value: '2026-01-01' })
    expect(db.objectStoreNames.contains('actionEdits')).toBe(true)
    db.close()
  })

  it('tells the user when an older tab blocks the upgrade', async () => {
    globalThis.indexedDB = new IDBFactory()
    await createVersion1()
    const oldTab = await openDB(DB_NAME, 1)
    let blocked = false
    const opening = openCapsiDb({ onBlocked: () => (blocked = true) })
    await expect.poll(() => blocked).toBe(true)
    oldTab.close()
    const db = await opening
    expect(db.version).toBe(DB_VERSION)
    db.close()
  })
})
