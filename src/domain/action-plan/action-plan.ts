/**
 * The action plan's records (the user's edits, the actions they added, the items of a built plan)
 * and what is read from a plan: its progress and its groups by phase or domain. The plan itself is
 * built by buildActionPlan (plan-builder.ts).
 */
import { ACTION_PHASES, type ActionPhase, type ActionPriority } from '../definition/definition'
import type { TriggerHit } from './action-triggers'
import type { ResolvedProfile } from '../assessment/profile'
import type { DomainTargets } from '../assessment/targets'

export type { TriggerHit } from './action-triggers'

export type ActionStatus = 'todo' | 'doing' | 'done' | 'dropped'

export const ACTION_STATUSES: readonly ActionStatus[] = ['todo', 'doing', 'done', 'dropped'] as const

/** Number of items marked « prioritaire » unless the caller asks for another count. */
export const PRIORITY_COUNT = 5

/** Priority given to actions added by the user when ranking them. */
export const CUSTOM_ACTION_PRIORITY = 2

/** What the user edited on an action, kept by action id. */
export interface ActionEdit {
  actionId: string
  status: ActionStatus
  owner: string
  /** YYYY-MM-DD */
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

/** Where a plan item comes from: the questionnaire's catalogue, or added by the user. */
export type PlanItemSource = 'catalogue' | 'custom'

export type PlanItemState = 'active' | 'obsolete'

export interface PlanItem {
  actionId: string
  source: PlanItemSource
  title: string
  why: string
  how: string
  phase: ActionPhase
  domainId: string | null
  priority: ActionPriority | null
  mutualisable: boolean
  triggeredBy: TriggerHit[]
  /** 'active': its triggers hold (or user-added); 'obsolete': « plus nécessaire », triggers no longer hold but the user had edited it */
  state: PlanItemState
  /** 1-based order among active items, null for obsolete ones. */
  rank: number | null
  /** Among the first PRIORITY_COUNT active items not done or dropped. */
  prioritaire: boolean
  status: ActionStatus
  owner: string
  dueDate: string | null
  notes: string
  /** An edit exists with a non-default value. */
  edited: boolean
  /** The prerequisites in the plan, neither done nor dropped, that this action comes after (« Après : … »), in plan order. */
  waitsFor: { actionId: string; title: string }[]
}

export interface ActionPlanOptions {
  targets: DomainTargets
  edits: Readonly<Record<string, ActionEdit>>
  custom: readonly CustomAction[]
  priorityCount?: number
  /** The structure's profile: questions it leaves out trigger nothing and count in no score. */
  profile?: ResolvedProfile
}

type EditableFields = Pick<ActionEdit, 'status' | 'owner' | 'dueDate' | 'notes'>

/** Whether an edit changes nothing: status « à lancer », and no owner, due date or notes. */
export function isEditDefault(edit: EditableFields): boolean {
  return (
    edit.status === 'todo' && edit.owner.trim() === '' && (edit.dueDate ?? '').trim() === '' && edit.notes.trim() === ''
  )
}

export interface PlanProgress {
  total: number
  done: number
  doing: number
  todo: number
  dropped: number
}

/** Counts the active items of a plan by status; obsolete items are left out. */
export function planProgress(plan: readonly PlanItem[]): PlanProgress {
  const progress: PlanProgress = { total: 0, done: 0, doing: 0, todo: 0, dropped: 0 }
  for (const item of plan) {
    if (item.state !== 'active') continue
    progress.total++
    progress[item.status]++
  }
  return progress
}

export interface PlanGroup {
  /** The phase or the domain id; null for items without a domain. */
  key: string | null
  items: PlanItem[]
}

/**
 * Groups plan items by phase or by domain, keeping the plan's order inside each group.
 * Phases come in the order of ACTION_PHASES (the sequence of a project); domains in the order of
 * their first item in the plan, so the domain of the most urgent action comes first.
 */
export function groupPlanBy(plan: readonly PlanItem[], key: 'phase' | 'domain'): PlanGroup[] {
  const groups = new Map<string | null, PlanItem[]>()
  for (const item of plan) {
    const value = key === 'phase' ? item.phase : item.domainId
    const group = groups.get(value)
    if (group) group.push(item)
    else groups.set(value, [item])
  }
  const result = [...groups].map(([value, items]) => ({ key: value, items }))
  if (key === 'phase') {
    const order: readonly string[] = ACTION_PHASES
    result.sort((a, b) => order.indexOf(a.key ?? '') - order.indexOf(b.key ?? ''))
  }
  return result
}
