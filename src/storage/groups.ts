/** Reads and writes of workshop groups. */
import type { Group } from '@/domain/group'
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

export function deleteGroup(db: CapsiDb, id: string): Promise<void> {
  return guard(async () => {
    await db.delete(STORES.groups, id)
  })
}
