/** Reads and writes of conformity-grid services (one record per declared service). */
import type { ServiceRecord } from '@/domain/conformity'
import { STORES, type CapsiDb } from './db'
import { toStorageError } from './errors'
import { plain } from './repository'

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw toStorageError(error)
  }
}

/** Every service, or those of one structure. */
export function listServices(db: CapsiDb, structureId?: string): Promise<ServiceRecord[]> {
  return guard(() => (structureId === undefined ? db.getAll(STORES.services) : db.getAllFromIndex(STORES.services, 'by-structure', structureId)))
}

export function getService(db: CapsiDb, id: string): Promise<ServiceRecord | undefined> {
  return guard(() => db.get(STORES.services, id))
}

/** Saves the whole record; resolves once the write is durable. */
export function saveService(db: CapsiDb, service: ServiceRecord): Promise<void> {
  return guard(async () => {
    const tx = db.transaction(STORES.services, 'readwrite', { durability: 'strict' })
    await Promise.all([tx.store.put(plain(service)), tx.done])
  })
}

export function deleteService(db: CapsiDb, id: string): Promise<void> {
  return guard(async () => {
    await db.delete(STORES.services, id)
  })
}
