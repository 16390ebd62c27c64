/** Action plan records (types only; the plan builder lives here too). */
import type { ActionPhase } from './definition'

export type ActionStatus = 'todo' | 'doing' | 'done' | 'dropped'

/** What the user edited on an action, kept by action id. */
export interface ActionEdit {
  actionId: string
  status: ActionStatus
  owner: string
  dueDate: string | null
  notes: string
  updatedAt: string
}

/** An action added by the user. */
export interface CustomAction {
  id: string
  title: string
  why: string
  how: string
  phase: ActionPhase
  domainId: string | null
  status: ActionStatus
  owner: string
  dueDate: string | null
  notes: string
  createdAt: string
  updatedAt: string
}
