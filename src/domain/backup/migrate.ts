/**
 * Upgrades of backup files written by earlier versions of CapSI, one step per format version, so
 * that a file of any earlier version reaches the current one before it is validated.
 *
 * Format 0 (CapSI before format 1) kept each assessment's answers inside the assessment, as
 * `answers: { [questionId]: { value, comment, updatedAt } }`, had no checksum, no scope, and no
 * action plan or conformity-grid records.
 * Format 1 had no workshop groups: format 2 adds `data.groups`, empty in a file of format 1.
 */
import { BACKUP_FORMAT_VERSION, backupChecksum } from './backup'
import { excerpt, type ValidationIssue as BackupIssue } from '../definition/schema-issues'

type Obj = Record<string, unknown>

export type MigrationResult = { ok: true; raw: Obj } | { ok: false; errors: BackupIssue[] }

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Format 0 → 1: answers taken out of the assessments, new record lists, scope and checksum. */
function fromVersion0(raw: Obj): MigrationResult {
  const errors: BackupIssue[] = []
  const data = raw.data
  if (!isObject(data)) return { ok: false, errors: [{ path: '.data', code: 'type', params: { expected: 'object' } }] }
  if (!Array.isArray(data.assessments))
    return { ok: false, errors: [{ path: '.data.assessments', code: 'type', params: { expected: 'array' } }] }
  const assessments: unknown[] = []
  const answers: unknown[] = []
  data.assessments.forEach((assessment: unknown, i) => {
    const path = `.data.assessments[${i}]`
    if (!isObject(assessment)) {
      errors.push({ path, code: 'type', params: { expected: 'object' } })
      return
    }
    const { answers: embedded, ...rest } = assessment
    assessments.push(rest)
    if (embedded === undefined) return
    if (!isObject(embedded)) {
      errors.push({ path: `${path}.answers`, code: 'type', params: { expected: 'object' } })
      return
    }
    for (const [questionId, answer] of Object.entries(embedded)) {
      if (!isObject(answer))
        errors.push({ path: `${path}.answers.${excerpt(questionId)}`, code: 'type', params: { expected: 'object' } })
      else
        answers.push({
          assessmentId: rest.id,
          questionId,
          value: answer.value ?? null,
          comment: answer.comment ?? '',
          updatedAt: answer.updatedAt,
        })
    }
  })
  if (errors.length > 0) return { ok: false, errors }
  const migrated = {
    structures: data.structures,
    assessments,
    answers,
    actionEdits: [],
    customActions: [],
    services: [],
    definitions: data.definitions ?? [],
  }
  return {
    ok: true,
    raw: {
      format: raw.format,
      formatVersion: 1,
      appVersion: raw.appVersion,
      exportedAt: raw.exportedAt,
      scope: 'all',
      checksum: backupChecksum(migrated),
      data: migrated,
    },
  }
}

/**
 * Format 1 → 2: an empty list of workshop groups, and the checksum of the new data. The file's own
 * checksum is checked before (by parseBackup), so the new one vouches only for what was vouched for.
 */
function fromVersion1(raw: Obj): MigrationResult {
  const data = raw.data
  if (!isObject(data)) return { ok: false, errors: [{ path: '.data', code: 'type', params: { expected: 'object' } }] }
  // Format 1 knew no groups: a list found there is an unknown field, never groups to import.
  if (Object.hasOwn(data, 'groups'))
    return { ok: false, errors: [{ path: '.data.groups', code: 'unknown-field', params: { field: 'groups' } }] }
  const migrated = { ...data, groups: [] }
  return { ok: true, raw: { ...raw, formatVersion: 2, checksum: backupChecksum(migrated), data: migrated } }
}

const MIGRATIONS: Readonly<Record<number, (raw: Obj) => MigrationResult>> = {
  0: fromVersion0,
  1: fromVersion1,
}

/** Brings a parsed file of an earlier format version to the current one (the result still needs validating). */
export function migrateBackup(raw: Obj): MigrationResult {
  let current = raw
  let version = typeof raw.formatVersion === 'number' ? raw.formatVersion : -1
  while (version < BACKUP_FORMAT_VERSION) {
    const step = MIGRATIONS[version]
    if (!step)
      return {
        ok: false,
        errors: [{ path: '.formatVersion', code: 'unknown-format', params: { limit: version } }],
      }
    const result = step(current)
    if (!result.ok) return result
    current = result.raw
    version = current.formatVersion as number
  }
  return { ok: true, raw: current }
}
