/** Reads and writes of workshop groups. */
import type { Group } from '@/domain/workshop'
import { STORES, type CapsiDb } from './db'
import { guard } from './errors'
import { plain } from './repository'

export function listGroups(db: CapsiDb): Promise<Group[]> {
  return guard(() => db.getAll(STORES.groups))
}

export function getGroup(db: CapsiDb, id: string): Promise<Group | undefined> {
  return guard(() => db.get(STORES.groups, id))
}

export function saveGroup(db: CapsiDb, group: Group): Promise<void> {
  return guard(async () => {
    await db.put(STORES.groups, plain(group))
  })
}

/**
 * Applies a change to the group as stored, not as some screen last saw it, inside one transaction.
 * Resolves with the group saved, or undefined when it no longer exists (it is not brought back).
 */
export function patchGroup(db: CapsiDb, id: string, change: (stored: Group) => Group): Promise<Group | undefined> {
  return guard(async () => {
    const tx = db.transaction(STORES.groups, 'readwrite')
    const stored = await tx.store.get(id)
    const updated = stored ? plain(change(stored)) : undefined
    if (updated) await tx.store.put(updated)
    await tx.done
    return updated
  })
}

export function deleteGroup(db: CapsiDb, id: string): Promise<void> {
  return guard(async () => {
    await db.delete(STORES.groups, id)
  })
}
