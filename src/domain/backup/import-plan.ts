/**
 * What planning the import of a backup file finds: for each kind of record, what is new, what is
 * already there unchanged, and what conflicts (same id, different content), with the details the
 * user needs to choose a resolution. Planning is in merge.ts, applying the choices in resolve.ts.
 */
import type { Structure } from '../assessment/assessment'
import type { ServiceRecord } from '../conformity/conformity'
import type { QuestionnaireDefinition } from '../definition/definition'
import type { Group } from '../workshop/group'
import type { AssessmentBundle } from './assessment-bundle'
import type { BackupData, BackupScope } from './backup'
import type { DefinitionRef } from './validate'

/** What to do with a record saved here that the file also holds, with other content. */
export type Resolution = 'keep-mine' | 'take-theirs' | 'keep-both' | 'newest-per-question'

export const RESOLUTIONS: readonly Resolution[] = [
  'keep-mine',
  'take-theirs',
  'keep-both',
  'newest-per-question',
] as const

/** Which side changed last: the saved one (« mine »), the file's (« theirs »), or both at the same time. */
export type NewerSide = 'mine' | 'theirs' | 'same'

export interface ConflictBase {
  /** Unique among the plan's conflicts, e.g. « assessment:… »; resolutions are given by this key. */
  key: string
  id: string
  newer: NewerSide
  mineUpdatedAt: string
  theirsUpdatedAt: string
}

export interface StructureConflict extends ConflictBase {
  kind: 'structure'
  mine: Structure
  theirs: Structure
  /** Fields whose value differs, dates of creation and change left aside. */
  differingFields: string[]
}

export interface AssessmentConflict extends ConflictBase {
  kind: 'assessment'
  mine: AssessmentBundle
  theirs: AssessmentBundle
  /** Questions whose value or comment differs, or that only one side answered. */
  differingAnswers: number
  /** Action edits and user actions that differ or exist on one side only. */
  differingActions: number
}

export interface ServiceConflict extends ConflictBase {
  kind: 'service'
  mine: ServiceRecord
  theirs: ServiceRecord
  /** Requirements and security needs whose declaration differs or exists on one side only. */
  differingRequirements: number
}

export interface GroupConflict extends ConflictBase {
  kind: 'group'
  mine: Group
  theirs: Group
  /** Fields whose value differs, dates of creation and change left aside. */
  differingFields: string[]
}

export type ImportConflict = StructureConflict | AssessmentConflict | ServiceConflict | GroupConflict

export interface Partition<T, C> {
  added: T[]
  unchanged: T[]
  conflicts: C[]
}

/** What the database holds, for planning; definitions are the versions available (saved or built-in). */
export type ExistingData = Omit<BackupData, 'definitions'> & { definitions: readonly DefinitionRef[] }

export interface ImportPlan {
  scope: BackupScope
  exportedAt: string
  appVersion: string
  structures: Partition<Structure, StructureConflict>
  assessments: Partition<AssessmentBundle, AssessmentConflict>
  services: Partition<ServiceRecord, ServiceConflict>
  groups: Partition<Group, GroupConflict>
  /** Embedded definitions not yet available here, to save. */
  definitions: QuestionnaireDefinition[]
  /** Keys of saved answers, action edits and user actions, to tell a new record from a replaced one. */
  savedChildKeys: { answers: ReadonlySet<string>; actionEdits: ReadonlySet<string>; customActions: ReadonlySet<string> }
  /** Structure names (the saved name when the structure is saved here) and questionnaire titles, for the preview. */
  structureNames: Readonly<Record<string, string>>
  questionnaireTitles: Readonly<Record<string, string>>
}

/** Every conflict of a plan, structures first, groups last. */
export function conflictsOf(plan: ImportPlan): ImportConflict[] {
  return [
    ...plan.structures.conflicts,
    ...plan.assessments.conflicts,
    ...plan.services.conflicts,
    ...plan.groups.conflicts,
  ]
}
