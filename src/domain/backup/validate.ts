/**
 * Reading an untrusted backup file: size, JSON, format and version (older versions are migrated),
 * checksum, then the shape of every record against backup.schema.json (by the validator generated
 * from it, `npm run generate`) and what a schema cannot say (semantic-checks.ts). A file is accepted
 * whole or refused with every reason as codes with paths, worded by src/i18n/fr-validation.ts.
 * Texts are kept exactly as written: they are data, never markup.
 */
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupChecksum, type BackupFile } from './backup'
import { BACKUP_LIMITS, DATE_PATTERNS } from './bounds'
import validateSchema from './generated/backup-validator.js'
import { issuesFromSchema, type IssueCode, type IssueParams, type ValidationIssue } from '../definition/schema-issues'
import { migrateBackup } from './migrate'
import { checkRecords, type DefinitionRef } from './semantic-checks'
import { utf8Length } from './sha256'

export type { DefinitionRef } from './semantic-checks'

/** A fault of a backup file: a code and the path of the field ('' for the whole file). */
export type BackupIssue = ValidationIssue

export interface ParseOptions {
  maxBytes?: number
  /** Questionnaire versions available without the file: the built-in ones and those already saved. */
  knownDefinitions?: readonly DefinitionRef[]
}

export type ParseResult = { ok: true; file: BackupFile; migratedFrom?: number } | { ok: false; errors: BackupIssue[] }

/** Format 0 had no checksum. */
const FIRST_VERSION_WITH_CHECKSUM = 1
/** The most faults listed; a last one says how many more there were. */
const MAX_ERRORS = 100
const MEGABYTE = 1048576

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function refuse(path: string, code: IssueCode, params?: IssueParams): ParseResult {
  return { ok: false, errors: [params ? { path, code, params } : { path, code }] }
}

/** The issue of a file too large to be read: its size and the limit, in megabytes. */
export function tooLargeIssue(bytes: number, maxBytes: number = BACKUP_LIMITS.maxBytes): BackupIssue {
  return {
    path: '',
    code: 'too-large',
    params: { count: Math.ceil(bytes / MEGABYTE), limit: Math.floor(maxBytes / MEGABYTE) },
  }
}

/** UTF-8 size, counted only when it could exceed the limit. */
function tooLarge(text: string, maxBytes: number): number | null {
  if (text.length * 3 <= maxBytes) return null
  const bytes = utf8Length(text)
  return bytes > maxBytes ? bytes : null
}

/** Parses, migrates and validates the text of a backup file. */
export function parseBackup(text: string, options: ParseOptions = {}): ParseResult {
  const maxBytes = options.maxBytes ?? BACKUP_LIMITS.maxBytes
  const size = tooLarge(text, maxBytes)
  if (size !== null) return { ok: false, errors: [tooLargeIssue(size, maxBytes)] }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return refuse('', 'not-json', { what: 'backup' })
  }
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT) return refuse('.format', 'not-capsi')
  const version = raw.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return refuse('.formatVersion', 'type', { expected: 'integer' })
  if (version > BACKUP_FORMAT_VERSION) return refuse('.formatVersion', 'newer-format', { limit: version })

  // Every format since 1 carries a checksum: it is checked on the file as written, before any migration.
  if (version >= FIRST_VERSION_WITH_CHECKSUM) {
    const checksum = raw.checksum
    if (typeof checksum !== 'string' || !/^[0-9a-f]{64}$/.test(checksum)) return refuse('.checksum', 'no-checksum')
    let actual: string
    try {
      actual = backupChecksum(raw.data)
    } catch {
      return refuse('.data', 'too-deep')
    }
    if (actual !== checksum) return refuse('.checksum', 'damaged')
  }
  let current: Record<string, unknown> = raw
  if (version < BACKUP_FORMAT_VERSION) {
    let migrated: ReturnType<typeof migrateBackup>
    try {
      migrated = migrateBackup(raw)
    } catch {
      return refuse('.data', 'too-deep')
    }
    if (!migrated.ok) return migrated
    current = migrated.raw
  }
  const issues = validateFile(current, options.knownDefinitions ?? [])
  if (issues.length > 0) return { ok: false, errors: issues }
  return {
    ok: true,
    file: current as unknown as BackupFile,
    ...(version < BACKUP_FORMAT_VERSION ? { migratedFrom: version } : {}),
  }
}

/** A date that breaks its pattern is said to be one, for its message to show the format expected. */
function dateIssue(issue: BackupIssue): BackupIssue {
  if (issue.code !== 'pattern' || !issue.params) return issue
  const { pattern, value = '' } = issue.params
  if (pattern === DATE_PATTERNS.dateTime) return { ...issue, code: 'not-a-date-time', params: { value } }
  if (pattern !== DATE_PATTERNS.day) return issue
  return { ...issue, code: /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'day-not-in-calendar' : 'not-a-day', params: { value } }
}

/** Every fault of a file at the current format version: its shape first, then its records. */
function validateFile(raw: Record<string, unknown>, known: readonly DefinitionRef[]): BackupIssue[] {
  const issues = validateSchema(raw)
    ? checkRecords((raw as unknown as BackupFile).data, known)
    : issuesFromSchema(validateSchema.errors, raw).map(dateIssue)
  if (issues.length <= MAX_ERRORS) return issues
  return [
    ...issues.slice(0, MAX_ERRORS),
    { path: '', code: 'more-issues', params: { count: issues.length - MAX_ERRORS } },
  ]
}
