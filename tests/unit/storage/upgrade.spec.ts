import { describe, expect, it } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { openDB } from 'idb'
import { DB_NAME, DB_VERSION, openCapsiDb } from '@/storage/db'
import * as repo from '@/storage/repository'

/** Builds the database exactly as version 1 of the app created it, with data in every store. */
async function createVersion1(): Promise<void> {
  const db = await openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('structures', { keyPath: 'id' })
      database.createObjectStore('assessments', { keyPath: 'id' }).createIndex('by-structure', 'structureId')
      database.createObjectStore('answers', { keyPath: ['assessmentId', 'questionId'] }).createIndex('by-assessment', 'assessmentId')
      database.createObjectStore('definitions', { keyPath: ['id', 'version'] })
      database.createObjectStore('meta', { keyPath: 'key' })
    },
  })
  await db.put('structures', { id: 's1', name: 'FAM Les Pins', finess: '750712184', category: 'FAM', capacity: 40, organisation: '', createdAt: 'x', updatedAt: 'x' })
  await db.put('assessments', { id: 'a1', structureId: 's1', questionnaireId: 'q', questionnaireVersion: '1.0.0', status: 'in-progress', currentPage: 'gouvernance', respondents: [], createdAt: 'x', updatedAt: 'x' })
  await db.put('answers', { assessmentId: 'a1', questionId: 'gouv-schema', value: 'valide', comment: 'Validé en CA', updatedAt: 'x' })
  await db.put('definitions', { id: 'q', version: '1.0.0', source: 'builtin', definition: { id: 'q' }, savedAt: 'x' })
  await db.put('meta', { key: 'lastBackupAt', value: '2026-01-01' })
  db.close()
}

describe('database upgrades', () => {
  it('brings a version 1 database to the current version with every record intact', async () => {
    globalThis.indexedDB = new IDBFactory()
    await createVersion1()
    const db = await openCapsiDb()
    expect(db.version).toBe(DB_VERSION)
    expect(await repo.listStructures(db)).toHaveLength(1)
    expect((await repo.getAssessment(db, 'a1'))?.currentPage).toBe('gouvernance')
    expect(await repo.loadAnswers(db, 'a1')).toEqual([{ assessmentId: 'a1', questionId: 'gouv-schema', value: 'valide', comment: 'Validé en CA', updatedAt: 'x' }])
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
