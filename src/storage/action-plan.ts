/** Reads and writes of the action plan: the user's edits (by action id) and the actions they added. */
import type { ActionEdit, CustomAction } from '@/domain/action-plan'
import { STORES, type CapsiDb } from './db'
import { guard } from './errors'
import { plain } from './repository'

function strip<T extends { assessmentId: string }>(record: T): Omit<T, 'assessmentId'> {
  const rest: Partial<T> = { ...record }
  delete rest.assessmentId
  return rest as Omit<T, 'assessmentId'>
}

export function loadActionEdits(db: CapsiDb, assessmentId: string): Promise<ActionEdit[]> {
  return guard(async () => (await db.getAllFromIndex(STORES.actionEdits, 'by-assessment', assessmentId)).map(strip))
}

export function saveActionEdit(db: CapsiDb, assessmentId: string, edit: ActionEdit): Promise<void> {
  return guard(async () => {
    await db.put(STORES.actionEdits, { ...plain(edit), assessmentId })
  })
}

export function loadCustomActions(db: CapsiDb, assessmentId: string): Promise<CustomAction[]> {
  return guard(async () => (await db.getAllFromIndex(STORES.customActions, 'by-assessment', assessmentId)).map(strip))
}

export function saveCustomAction(db: CapsiDb, assessmentId: string, action: CustomAction): Promise<void> {
  return guard(async () => {
    await db.put(STORES.customActions, { ...plain(action), assessmentId })
  })
}

export function deleteCustomAction(db: CapsiDb, id: string): Promise<void> {
  return guard(() => db.delete(STORES.customActions, id))
}
