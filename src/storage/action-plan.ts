/**
 * Reads and writes of the action plan: the user's edits (by action id) and the actions they added.
 * A change is a patch of the fields the user changed, applied to the stored record in one transaction.
 */
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

export type ActionEditFields = Pick<ActionEdit, 'status' | 'owner' | 'dueDate' | 'notes'>

/** The fields of an action nobody has edited yet. */
const UNEDITED: ActionEditFields = { status: 'todo', owner: '', dueDate: null, notes: '' }

/**
 * Applies the fields the user changed to the action's stored edit (or to an unedited action), in one
 * transaction: the fields not in the patch keep what is stored, whatever the screen showed.
 */
export function patchActionEdit(
  db: CapsiDb,
  assessmentId: string,
  actionId: string,
  patch: Partial<ActionEditFields>,
  updatedAt: string,
): Promise<ActionEdit> {
  return guard(async () => {
    const tx = db.transaction(STORES.actionEdits, 'readwrite')
    const stored = await tx.store.get([assessmentId, actionId])
    const edit: ActionEdit = { ...UNEDITED, ...(stored ? strip(stored) : {}), ...plain(patch), actionId, updatedAt }
    await tx.store.put({ ...edit, assessmentId })
    await tx.done
    return edit
  })
}

/** Applies the fields the user changed to a stored action of their own; undefined when it was deleted meanwhile (not brought back). */
export function patchCustomAction(
  db: CapsiDb,
  id: string,
  patch: Partial<ActionEditFields>,
  updatedAt: string,
): Promise<CustomAction | undefined> {
  return guard(async () => {
    const tx = db.transaction(STORES.customActions, 'readwrite')
    const stored = await tx.store.get(id)
    const updated = stored ? { ...stored, ...plain(patch), updatedAt } : undefined
    if (updated) await tx.store.put(updated)
    await tx.done
    return updated ? strip(updated) : undefined
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

/** The plan edits and user actions of one assessment. */
export interface StoredPlan {
  edits: ActionEdit[]
  custom: CustomAction[]
}

/** The plan edits and user actions of many assessments, read in one transaction (a group's members). */
export function loadPlans(db: CapsiDb, assessmentIds: readonly string[]): Promise<Map<string, StoredPlan>> {
  return guard(async () => {
    const tx = db.transaction([STORES.actionEdits, STORES.customActions], 'readonly')
    const edits = tx.objectStore(STORES.actionEdits).index('by-assessment')
    const custom = tx.objectStore(STORES.customActions).index('by-assessment')
    const plans = await Promise.all(
      assessmentIds.map(async (id) => {
        const [e, c] = await Promise.all([edits.getAll(id), custom.getAll(id)])
        return [id, { edits: e.map(strip), custom: c.map(strip) }] as const
      }),
    )
    await tx.done
    return new Map(plans)
  })
}
