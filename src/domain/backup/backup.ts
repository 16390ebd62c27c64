/**
 * The CapSI backup file: its format, its checksum, and how it is built from saved records.
 * Reading an untrusted file is in validate.ts; planning its import beside saved data in merge.ts.
 */
import type { Answer, Assessment, Structure } from '../assessment/assessment'
import type { ActionEdit, CustomAction } from '../action-plan/action-plan'
import type { ServiceRecord } from '../conformity/conformity'
import type { QuestionnaireDefinition } from '../definition/definition'
import type { Group } from '../workshop/group'
import { sha256Hex } from './sha256'

export const BACKUP_FORMAT = 'capsi-backup'
/** Raised whenever the shape of `data` changes; older files are migrated by migrateBackup. */
export const BACKUP_FORMAT_VERSION = 2

export type BackupScope = 'assessment' | 'structure' | 'all'

/** An action edit as saved: kept by assessment and action id. */
export type StoredActionEdit = ActionEdit & { assessmentId: string }
/** A user action as saved, with the assessment it belongs to. */
export type StoredCustomAction = CustomAction & { assessmentId: string }

/** Every kind of record a backup carries. */
export interface BackupData {
  structures: Structure[]
  assessments: Assessment[]
  answers: Answer[]
  actionEdits: StoredActionEdit[]
  customActions: StoredCustomAction[]
  services: ServiceRecord[]
  /** Workshop groups; only a backup of everything carries them. */
  groups: Group[]
  /** The exact questionnaire versions the assessments and services answered. */
  definitions: QuestionnaireDefinition[]
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT
  formatVersion: typeof BACKUP_FORMAT_VERSION
  appVersion: string
  exportedAt: string
  scope: BackupScope
  /** SHA-256 (hex) of the canonical JSON of `data`. */
  checksum: string
  data: BackupData
}

/** What the database holds, read in one go; definitions may include built-in ones not yet saved. */
export type BackupSnapshot = BackupData

/** Which structure or assessment a « structure » or « assessment » backup is about. */
export interface BackupSelection {
  structureId?: string
  assessmentId?: string
}

// The limits a file must respect (BACKUP_LIMITS) are read from backup.schema.json by bounds.ts.

export const EMPTY_DATA: Readonly<BackupData> = Object.freeze({
  structures: [],
  assessments: [],
  answers: [],
  actionEdits: [],
  customActions: [],
  services: [],
  groups: [],
  definitions: [],
})

/**
 * JSON with the keys of every object sorted, recursively, and no spaces: two equal values always
 * give the same text, whatever the order their keys were written in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`
  const entries = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
  return `{${entries.join(',')}}`
}

/** The checksum written in a backup file: SHA-256 of the canonical JSON of its data. */
export function backupChecksum(data: unknown): string {
  return sha256Hex(canonicalJson(data))
}

const byId = <T extends { id: string }>(a: T, b: T): number => compareText(a.id, b.id)

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Records in a stable order, so that the same data always gives the same file. */
export function sortBackupData(data: BackupData): BackupData {
  return {
    structures: [...data.structures].sort(byId),
    assessments: [...data.assessments].sort(byId),
    answers: [...data.answers].sort(
      (a, b) => compareText(a.assessmentId, b.assessmentId) || compareText(a.questionId, b.questionId),
    ),
    actionEdits: [...data.actionEdits].sort(
      (a, b) => compareText(a.assessmentId, b.assessmentId) || compareText(a.actionId, b.actionId),
    ),
    customActions: [...data.customActions].sort(byId),
    services: [...data.services].sort(byId),
    groups: [...data.groups].sort(byId),
    definitions: [...data.definitions].sort((a, b) => compareText(a.id, b.id) || compareText(a.version, b.version)),
  }
}

function definitionKey(id: string, version: string): string {
  return `${id}@${version}`
}

/**
 * The groups of a backup of everything, each listing only the structures the file holds: deleting
 * a structure leaves its id in the groups that named it, and a file never points to a missing record.
 */
function groupsOf(groups: readonly Group[], structures: readonly Structure[]): Group[] {
  const kept = new Set(structures.map((s) => s.id))
  return groups.map((group) =>
    group.structureIds.every((id) => kept.has(id))
      ? group
      : { ...group, structureIds: group.structureIds.filter((id) => kept.has(id)) },
  )
}

/** The records of a snapshot that a backup of the given scope contains; groups only in a backup of everything. */
export function selectBackupData(snapshot: BackupSnapshot, scope: BackupScope, selection: BackupSelection): BackupData {
  let structures = snapshot.structures
  let assessments = snapshot.assessments
  let services = snapshot.services
  if (scope === 'assessment') {
    assessments = assessments.filter((a) => a.id === selection.assessmentId)
    const structureIds = new Set(assessments.map((a) => a.structureId))
    structures = structures.filter((s) => structureIds.has(s.id))
    services = []
  } else if (scope === 'structure') {
    structures = structures.filter((s) => s.id === selection.structureId)
    assessments = assessments.filter((a) => a.structureId === selection.structureId)
    services = services.filter((s) => s.structureId === selection.structureId)
  }
  const assessmentIds = new Set(assessments.map((a) => a.id))
  const referenced = new Set(
    [...assessments, ...services].map((r) => definitionKey(r.questionnaireId, r.questionnaireVersion)),
  )
  const definitions = new Map<string, QuestionnaireDefinition>()
  for (const definition of snapshot.definitions) {
    const key = definitionKey(definition.id, definition.version)
    if (referenced.has(key) && !definitions.has(key)) definitions.set(key, definition)
  }
  return sortBackupData({
    structures,
    assessments,
    answers: snapshot.answers.filter((a) => assessmentIds.has(a.assessmentId)),
    actionEdits: snapshot.actionEdits.filter((e) => assessmentIds.has(e.assessmentId)),
    customActions: snapshot.customActions.filter((c) => assessmentIds.has(c.assessmentId)),
    services,
    groups: scope === 'all' ? groupsOf(snapshot.groups, structures) : [],
    definitions: [...definitions.values()],
  })
}

/** Builds the backup file of one assessment, one structure or everything. */
export function buildBackup(
  snapshot: BackupSnapshot,
  scope: BackupScope,
  selection: BackupSelection,
  meta: { appVersion: string; exportedAt: string },
): BackupFile {
  const data = selectBackupData(snapshot, scope, selection)
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: meta.appVersion,
    exportedAt: meta.exportedAt,
    scope,
    checksum: backupChecksum(data),
    data,
  }
}

/** The text written to disk: compact JSON, metadata first. */
export function serializeBackup(file: BackupFile): string {
  return JSON.stringify(file)
}

/**
 * Parts of the file name, e.g. ['CapSI', 'structure', 'EHPAD Les Tilleuls', '2026-03-02'];
 * `localDate` is the export day as YYYY-MM-DD in the user's time zone.
 */
export function backupFileNameParts(scope: BackupScope, name: string, localDate: string): string[] {
  if (scope === 'all') return ['CapSI', 'toutes-mes-donnees', localDate]
  return ['CapSI', scope === 'structure' ? 'structure' : 'evaluation', name, localDate]
}
