/**
 * Planning the import of a validated backup file into the saved data: what is new, what is already
 * there unchanged, and what conflicts (same id, different content), with the details the user needs
 * to choose. Applying the user's choices is in backup-resolve.ts.
 */
import type { Answer, Assessment, Structure } from '../assessment/assessment'
import type { ServiceRecord } from '../conformity/conformity'
import type { QuestionnaireDefinition } from '../definition/definition'
import type { Group } from '../workshop/group'
import {
  canonicalJson,
  type BackupData,
  type BackupFile,
  type BackupScope,
  type StoredActionEdit,
  type StoredCustomAction,
} from './backup'
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

/** An assessment with everything that belongs to it. */
export interface AssessmentBundle {
  assessment: Assessment
  answers: Answer[]
  actionEdits: StoredActionEdit[]
  customActions: StoredCustomAction[]
}

interface ConflictBase {
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

export const answerKey = (a: Pick<Answer, 'assessmentId' | 'questionId'>): string =>
  `${a.assessmentId}\u0000${a.questionId}`
export const editKey = (e: Pick<StoredActionEdit, 'assessmentId' | 'actionId'>): string =>
  `${e.assessmentId}\u0000${e.actionId}`

/** Every conflict of a plan, structures first, groups last. */
export function conflictsOf(plan: ImportPlan): ImportConflict[] {
  return [
    ...plan.structures.conflicts,
    ...plan.assessments.conflicts,
    ...plan.services.conflicts,
    ...plan.groups.conflicts,
  ]
}

/** Compares ISO dates; the later one is newer. */
export function newerSide(mine: string, theirs: string): NewerSide {
  const a = Date.parse(mine)
  const b = Date.parse(theirs)
  return a === b ? 'same' : a > b ? 'mine' : 'theirs'
}

function latest(dates: readonly string[]): string {
  return dates.reduce((max, date) => (Date.parse(date) > Date.parse(max) ? date : max))
}

function sameContent(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b)
}

/** Content without its change date (canonicalJson leaves undefined out): records differing only by when they were saved are alike. */
function withoutDate<T extends { updatedAt: string }>(record: T | undefined): unknown {
  return record && { ...record, updatedAt: undefined }
}

/** How many keys of two maps hold different content (missing on one side counts). */
function countDiffering<T extends { updatedAt: string }>(
  mine: ReadonlyMap<string, T>,
  theirs: ReadonlyMap<string, T>,
): number {
  let count = 0
  for (const key of new Set([...mine.keys(), ...theirs.keys()])) {
    if (!sameContent(withoutDate(mine.get(key)), withoutDate(theirs.get(key)))) count++
  }
  return count
}

function mapBy<T>(records: readonly T[], keyOf: (record: T) => string): Map<string, T> {
  return new Map(records.map((record) => [keyOf(record), record]))
}

function groupBy<T extends { assessmentId: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const record of records) {
    const group = groups.get(record.assessmentId)
    if (group) group.push(record)
    else groups.set(record.assessmentId, [record])
  }
  return groups
}

/** Assessments with their answers, action edits and user actions. */
export function bundleAssessments(
  data: Pick<BackupData, 'assessments' | 'answers' | 'actionEdits' | 'customActions'>,
): AssessmentBundle[] {
  const answers = groupBy(data.answers)
  const edits = groupBy(data.actionEdits)
  const custom = groupBy(data.customActions)
  const sortBy =
    <T>(keyOf: (r: T) => string) =>
    (a: T, b: T) =>
      keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0
  return data.assessments.map((assessment) => ({
    assessment,
    answers: [...(answers.get(assessment.id) ?? [])].sort(sortBy((a) => a.questionId)),
    actionEdits: [...(edits.get(assessment.id) ?? [])].sort(sortBy((e) => e.actionId)),
    customActions: [...(custom.get(assessment.id) ?? [])].sort(sortBy((c) => c.id)),
  }))
}

/** Latest change date of an assessment and everything it holds. */
export function bundleUpdatedAt(bundle: AssessmentBundle): string {
  return latest([
    bundle.assessment.updatedAt,
    ...bundle.answers.map((a) => a.updatedAt),
    ...bundle.actionEdits.map((e) => e.updatedAt),
    ...bundle.customActions.map((c) => c.updatedAt),
  ])
}

function partition<T, C>(
  theirs: readonly T[],
  mine: ReadonlyMap<string, T>,
  idOf: (record: T) => string,
  conflict: (mine: T, theirs: T) => C,
): Partition<T, C> {
  const result: Partition<T, C> = { added: [], unchanged: [], conflicts: [] }
  for (const record of theirs) {
    const saved = mine.get(idOf(record))
    if (!saved) result.added.push(record)
    else if (sameContent(saved, record)) result.unchanged.push(record)
    else result.conflicts.push(conflict(saved, record))
  }
  return result
}

/** Fields of two versions of a record whose value differs, dates of creation and change left aside. */
function differingFields<T extends object>(mine: T, theirs: T): string[] {
  const ignored = new Set(['createdAt', 'updatedAt'])
  const keys = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].filter((k) => !ignored.has(k)).sort()
  return keys.filter((k) => !sameContent((mine as Record<string, unknown>)[k], (theirs as Record<string, unknown>)[k]))
}

/** A conflict between two versions of a record compared field by field (a structure, a group). */
function fieldConflict<K extends 'structure' | 'group', T extends { id: string; updatedAt: string }>(
  kind: K,
  mine: T,
  theirs: T,
) {
  return {
    kind,
    key: `${kind}:${mine.id}`,
    id: mine.id,
    mine,
    theirs,
    differingFields: differingFields(mine, theirs),
    newer: newerSide(mine.updatedAt, theirs.updatedAt),
    mineUpdatedAt: mine.updatedAt,
    theirsUpdatedAt: theirs.updatedAt,
  }
}

const structureConflict = (mine: Structure, theirs: Structure): StructureConflict =>
  fieldConflict('structure', mine, theirs)
const groupConflict = (mine: Group, theirs: Group): GroupConflict => fieldConflict('group', mine, theirs)

function assessmentConflict(mine: AssessmentBundle, theirs: AssessmentBundle): AssessmentConflict {
  const mineAt = bundleUpdatedAt(mine)
  const theirsAt = bundleUpdatedAt(theirs)
  const byQuestion = (bundle: AssessmentBundle) => mapBy(bundle.answers, (a) => a.questionId)
  const byAction = (bundle: AssessmentBundle) => mapBy(bundle.actionEdits, (e) => e.actionId)
  const byCustom = (bundle: AssessmentBundle) => mapBy(bundle.customActions, (c) => c.id)
  return {
    kind: 'assessment',
    key: `assessment:${mine.assessment.id}`,
    id: mine.assessment.id,
    mine,
    theirs,
    differingAnswers: countDiffering(byQuestion(mine), byQuestion(theirs)),
    differingActions:
      countDiffering(byAction(mine), byAction(theirs)) + countDiffering(byCustom(mine), byCustom(theirs)),
    newer: newerSide(mineAt, theirsAt),
    mineUpdatedAt: mineAt,
    theirsUpdatedAt: theirsAt,
  }
}

function serviceConflict(mine: ServiceRecord, theirs: ServiceRecord): ServiceConflict {
  const requirements = (s: ServiceRecord) => new Map(Object.entries(s.requirements))
  const needs = (s: ServiceRecord) => new Map(Object.entries(s.securityNeeds))
  return {
    kind: 'service',
    key: `service:${mine.id}`,
    id: mine.id,
    mine,
    theirs,
    differingRequirements:
      countDiffering(requirements(mine), requirements(theirs)) + countDiffering(needs(mine), needs(theirs)),
    newer: newerSide(mine.updatedAt, theirs.updatedAt),
    mineUpdatedAt: mine.updatedAt,
    theirsUpdatedAt: theirs.updatedAt,
  }
}

/** Compares a validated file with the saved data; writes nothing. */
export function planImport(file: BackupFile, existing: ExistingData): ImportPlan {
  const data = file.data
  const savedBundles = mapBy(bundleAssessments(existing), (b) => b.assessment.id)
  const available = new Set(existing.definitions.map((d) => `${d.id}@${d.version}`))
  return {
    scope: file.scope,
    exportedAt: file.exportedAt,
    appVersion: file.appVersion,
    structures: partition(
      data.structures,
      mapBy(existing.structures, (s) => s.id),
      (s) => s.id,
      structureConflict,
    ),
    assessments: partition(bundleAssessments(data), savedBundles, (b) => b.assessment.id, assessmentConflict),
    services: partition(
      data.services,
      mapBy(existing.services, (s) => s.id),
      (s) => s.id,
      serviceConflict,
    ),
    groups: partition(
      data.groups,
      mapBy(existing.groups, (g) => g.id),
      (g) => g.id,
      groupConflict,
    ),
    definitions: data.definitions.filter((d) => !available.has(`${d.id}@${d.version}`)),
    savedChildKeys: {
      answers: new Set(existing.answers.map(answerKey)),
      actionEdits: new Set(existing.actionEdits.map(editKey)),
      customActions: new Set(existing.customActions.map((c) => c.id)),
    },
    // Without a prototype: a structure id such as « constructor » finds its own name, nothing else.
    structureNames: Object.assign(
      Object.create(null) as Record<string, string>,
      Object.fromEntries([...data.structures, ...existing.structures].map((s) => [s.id, s.name])),
    ),
    questionnaireTitles: Object.assign(
      Object.create(null) as Record<string, string>,
      Object.fromEntries(data.definitions.map((d) => [`${d.id}@${d.version}`, d.title])),
    ),
  }
}

/**
 * A fingerprint of what a plan found: which records are added, unchanged or in conflict, and when
 * the saved side of each conflict last changed. Two plans with the same fingerprint show the user
 * the same preview, so a change of fingerprint between preview and import means « look again ».
 */
export function planSignature(plan: ImportPlan): string {
  const part = <T, C extends ConflictBase>(p: Partition<T, C>, idOf: (record: T) => string) => ({
    added: p.added.map(idOf),
    unchanged: p.unchanged.map(idOf),
    conflicts: p.conflicts.map((c) => `${c.key}@${c.mineUpdatedAt}`),
  })
  return canonicalJson({
    structures: part(plan.structures, (s) => s.id),
    assessments: part(plan.assessments, (b) => b.assessment.id),
    services: part(plan.services, (s) => s.id),
    groups: part(plan.groups, (g) => g.id),
  })
}
