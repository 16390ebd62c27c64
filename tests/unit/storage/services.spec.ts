import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { openCapsiDb, type CapsiDb } from '@/storage/db'
import { deleteService, getService, listServices, saveService } from '@/storage/services'
import { StorageError } from '@/storage/errors'
import { requirementAnswer, serviceFor } from '../conformity-fixtures'

let db: CapsiDb

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory()
  db = await openCapsiDb()
})

afterEach(() => db.close())

describe('services storage', () => {
  it('saves a service and reads it back whole', async () => {
    const service = serviceFor({
      qualification: { fonctions: ['donnees-sante'] },
      requirements: { S10: requirementAnswer({ level: 4, justification: 'Certificat HDS' }) },
    })
    await saveService(db, service)
    expect(await getService(db, 'svc1')).toEqual(service)
  })

  it('lists the services of one structure, or all of them', async () => {
    await saveService(db, serviceFor({ id: 'a', structureId: 's1' }))
    await saveService(db, serviceFor({ id: 'b', structureId: 's2' }))
    await saveService(db, serviceFor({ id: 'c', structureId: 's1' }))
    expect((await listServices(db, 's1')).map((s) => s.id).sort()).toEqual(['a', 'c'])
    expect(await listServices(db)).toHaveLength(3)
    expect(await listServices(db, 'nobody')).toEqual([])
  })

  it('replaces the previous version of a service and stores a plain copy', async () => {
    const service = serviceFor()
    await saveService(db, service)
    service.name = 'Renommé'
    expect((await getService(db, 'svc1'))?.name).toBe('DUI Horizon')
    await saveService(db, service)
    expect((await getService(db, 'svc1'))?.name).toBe('Renommé')
    expect(await listServices(db)).toHaveLength(1)
  })

  it('deletes one service and nothing else', async () => {
    await saveService(db, serviceFor({ id: 'a' }))
    await saveService(db, serviceFor({ id: 'b' }))
    await deleteService(db, 'a')
    expect(await getService(db, 'a')).toBeUndefined()
    expect((await listServices(db)).map((s) => s.id)).toEqual(['b'])
  })

  it('reports a failed write as a StorageError with a French message', async () => {
    db.close()
    await expect(saveService(db, serviceFor())).rejects.toBeInstanceOf(StorageError)
    db = await openCapsiDb()
  })
})
