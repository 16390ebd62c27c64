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
  return guard(() =>
    structureId === undefined
      ? db.getAll(STORES.services)
      : db.getAllFromIndex(STORES.services, 'by-structure', structureId),
  )
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

/**
 * Applies a change to the record as stored, not as some screen last saw it, inside one transaction:
 * a change to one field never writes back the other fields. Resolves with the record saved, or
 * undefined when the service no longer exists (deleted meanwhile: it is not brought back).
 */
export function patchService(
  db: CapsiDb,
  id: string,
  change: (stored: ServiceRecord) => ServiceRecord,
): Promise<ServiceRecord | undefined> {
  return guard(async () => {
    const tx = db.transaction(STORES.services, 'readwrite', { durability: 'strict' })
    const stored = await tx.store.get(id)
    const updated = stored ? plain(change(stored)) : undefined
    if (updated) await tx.store.put(updated)
    await tx.done
    return updated
  })
}

export function deleteService(db: CapsiDb, id: string): Promise<void> {
  return guard(async () => {
    await db.delete(STORES.services, id)
  })
}
