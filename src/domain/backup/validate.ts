/**
 * Reading an untrusted backup file: size, JSON, format and version (older versions are migrated),
 * checksum, the type and bounds of every field, duplicated ids, references between records (a
 * group's structures included) and the questionnaires they answered. A file is accepted whole or
 * refused with every reason, in French. Texts are kept exactly as written: they are data, never markup.
 */
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_LIMITS, backupChecksum, type BackupFile } from './backup'
import {
  ACTION_EDIT_SPEC,
  ANSWER_SPEC,
  ASSESSMENT_SPEC,
  CUSTOM_ACTION_SPEC,
  GROUP_SPEC,
  IssueList,
  SERVICE_SPEC,
  STRUCTURE_SPEC,
  type BackupIssue,
  type Spec,
} from './schema'
import { validateDefinition } from '../definition/validate'
import type { QuestionnaireDefinition } from '../definition/definition'
import { sameDefinition } from '../definition/definition-file'
import { migrateBackup } from './migrate'
import { utf8Length } from './sha256'

export type { BackupIssue } from './schema'

export const BACKUP_MESSAGES = {
  notJson: 'Le fichier n’est pas un fichier JSON valide (il est peut-être tronqué).',
  notCapsi: 'Ce fichier n’est pas une sauvegarde CapSI (il ne commence pas par « format »: « capsi-backup »).',
  newer: (version: number) =>
    `Ce fichier a été créé par une version plus récente de CapSI (format ${version}). Mettez l’application à jour pour l’importer.`,
  damaged: 'Le fichier a été modifié ou endommagé : sa somme de contrôle ne correspond pas.',
  tooLarge: (megabytes: number, max: number) => `Le fichier est trop volumineux (${megabytes} Mo ; ${max} Mo au plus).`,
  tooDeep: 'Le fichier est trop imbriqué pour être lu.',
  duplicate: (value: string, first: string) => `identifiant « ${value} » présent deux fois (déjà en ${first})`,
  missingAssessment: (value: string) => `l’évaluation « ${value} » ne figure pas dans le fichier`,
  missingStructure: (value: string) => `la structure « ${value} » ne figure pas dans le fichier`,
  otherDefinition: (id: string, version: string) =>
    `la version ${version} du questionnaire « ${id} » jointe au fichier n’est pas celle déjà enregistrée ici sous le même numéro : une version enregistrée ne change plus. Donnez un autre numéro de version au questionnaire de ce fichier, ou importez-le dans une autre installation de CapSI.`,
  unknownQuestionnaire: (id: string, version: string) =>
    `questionnaire inconnu « ${id} » (version ${version}) : il n’est ni joint au fichier ni disponible dans cette version de CapSI`,
} as const

export interface DefinitionRef {
  id: string
  version: string
  /** Its content, when known: a file may embed the same id and version only with the same content. */
  definition?: QuestionnaireDefinition
}

export interface ParseOptions {
  maxBytes?: number
  /** Questionnaire versions available without the file: the built-in ones and those already saved. */
  knownDefinitions?: readonly DefinitionRef[]
}

export type ParseResult = { ok: true; file: BackupFile; migratedFrom?: number } | { ok: false; errors: BackupIssue[] }

const L = BACKUP_LIMITS
/** Format 0 had no checksum. */
const FIRST_VERSION_WITH_CHECKSUM = 1

const DATA_FIELDS: Readonly<Record<string, Spec>> = {
  structures: { kind: 'list', of: STRUCTURE_SPEC, max: L.structures },
  assessments: { kind: 'list', of: ASSESSMENT_SPEC, max: L.assessments },
  answers: { kind: 'list', of: ANSWER_SPEC, max: L.answers },
  actionEdits: { kind: 'list', of: ACTION_EDIT_SPEC, max: L.actionEdits },
  customActions: { kind: 'list', of: CUSTOM_ACTION_SPEC, max: L.customActions },
  services: { kind: 'list', of: SERVICE_SPEC, max: L.services },
  groups: { kind: 'list', of: GROUP_SPEC, max: L.groups },
  definitions: { kind: 'list', of: { kind: 'unchecked' }, max: L.definitions },
}

const TOP_FIELDS: Readonly<Record<string, Spec>> = {
  format: { kind: 'text', max: 40 },
  formatVersion: { kind: 'int', min: 0, max: BACKUP_FORMAT_VERSION },
  appVersion: { kind: 'text', min: 1, max: 40 },
  exportedAt: { kind: 'dateTime' },
  scope: { kind: 'enum', values: ['assessment', 'structure', 'all'] },
  checksum: { kind: 'text', min: 64, max: 64, pattern: /^[0-9a-f]{64}$/, hint: '64 chiffres hexadécimaux attendus' },
  data: { kind: 'object', fields: DATA_FIELDS },
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function refuse(path: string, message: string): ParseResult {
  return { ok: false, errors: [{ path, message }] }
}

/** UTF-8 size, counted only when it could exceed the limit. */
function tooLarge(text: string, maxBytes: number): number | null {
  if (text.length * 3 <= maxBytes) return null
  const bytes = utf8Length(text)
  return bytes > maxBytes ? bytes : null
}

/** Parses, migrates and validates the text of a backup file. */
export function parseBackup(text: string, options: ParseOptions = {}): ParseResult {
  const maxBytes = options.maxBytes ?? L.maxBytes
  const size = tooLarge(text, maxBytes)
  if (size !== null)
    return refuse('(racine)', BACKUP_MESSAGES.tooLarge(Math.ceil(size / 1048576), Math.floor(maxBytes / 1048576)))
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return refuse('(racine)', BACKUP_MESSAGES.notJson)
  }
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT) return refuse('.format', BACKUP_MESSAGES.notCapsi)
  const version = raw.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return refuse('.formatVersion', 'un nombre entier est attendu')
  if (version > BACKUP_FORMAT_VERSION) return refuse('.formatVersion', BACKUP_MESSAGES.newer(version))

  // Every format since 1 carries a checksum: it is checked on the file as written, before any migration.
  if (version >= FIRST_VERSION_WITH_CHECKSUM) {
    const checksum = raw.checksum
    if (typeof checksum !== 'string' || !/^[0-9a-f]{64}$/.test(checksum))
      return refuse('.checksum', 'somme de contrôle manquante ou illisible (64 chiffres hexadécimaux attendus)')
    let actual: string
    try {
      actual = backupChecksum(raw.data)
    } catch {
      return refuse('.data', BACKUP_MESSAGES.tooDeep)
    }
    if (actual !== checksum) return refuse('.checksum', BACKUP_MESSAGES.damaged)
  }
  let current: Record<string, unknown> = raw
  if (version < BACKUP_FORMAT_VERSION) {
    let migrated: ReturnType<typeof migrateBackup>
    try {
      migrated = migrateBackup(raw)
    } catch {
      return refuse('.data', BACKUP_MESSAGES.tooDeep)
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

/** Every fault of a file at the current format version. */
function validateFile(raw: Record<string, unknown>, known: readonly DefinitionRef[]): BackupIssue[] {
  const c = new IssueList()
  c.object(raw, TOP_FIELDS, '')
  const data = raw.data
  if (c.count > 0 || !isObject(data)) return c.list()
  checkDefinitions(c, data, known)
  checkIdentity(c, data)
  return c.list()
}

type Rec = Record<string, string>

function records(data: Record<string, unknown>, field: string): Rec[] {
  const list = data[field]
  return Array.isArray(list) ? (list as Rec[]) : []
}

/** Duplicated ids and records pointing to an assessment or structure absent from the file. */
function checkIdentity(c: IssueList, data: Record<string, unknown>): void {
  const unique = (field: string, keyOf: (r: Rec) => string, label: (r: Rec) => string): Set<string> => {
    const seen = new Map<string, string>()
    records(data, field).forEach((record, i) => {
      const k = keyOf(record)
      const first = seen.get(k)
      if (first) c.fail(`.data.${field}[${i}]`, BACKUP_MESSAGES.duplicate(label(record), first))
      else seen.set(k, `.data.${field}[${i}]`)
    })
    return new Set(seen.keys())
  }
  const structures = unique(
    'structures',
    (r) => r.id ?? '',
    (r) => r.id ?? '',
  )
  const assessments = unique(
    'assessments',
    (r) => r.id ?? '',
    (r) => r.id ?? '',
  )
  unique(
    'services',
    (r) => r.id ?? '',
    (r) => r.id ?? '',
  )
  unique(
    'customActions',
    (r) => r.id ?? '',
    (r) => r.id ?? '',
  )
  unique(
    'answers',
    (r) => `${r.assessmentId}\u0000${r.questionId}`,
    (r) => `${r.assessmentId} / ${r.questionId}`,
  )
  unique(
    'actionEdits',
    (r) => `${r.assessmentId}\u0000${r.actionId}`,
    (r) => `${r.assessmentId} / ${r.actionId}`,
  )
  for (const field of ['answers', 'actionEdits', 'customActions']) {
    records(data, field).forEach((record, i) => {
      const target = record.assessmentId ?? ''
      if (!assessments.has(target))
        c.fail(`.data.${field}[${i}].assessmentId`, BACKUP_MESSAGES.missingAssessment(target))
    })
  }
  for (const field of ['assessments', 'services']) {
    records(data, field).forEach((record, i) => {
      const target = record.structureId ?? ''
      if (!structures.has(target)) c.fail(`.data.${field}[${i}].structureId`, BACKUP_MESSAGES.missingStructure(target))
    })
  }
  unique(
    'groups',
    (r) => r.id ?? '',
    (r) => r.id ?? '',
  )
  checkGroupMembers(c, data, structures)
}

/** Each structure of a group is in the file, and named once. */
function checkGroupMembers(c: IssueList, data: Record<string, unknown>, structures: ReadonlySet<string>): void {
  const groups: unknown[] = Array.isArray(data.groups) ? data.groups : []
  groups.forEach((group, i) => {
    const members: unknown = isObject(group) ? group.structureIds : undefined
    if (!Array.isArray(members)) return
    const seen = new Map<string, string>()
    members.forEach((member: unknown, j) => {
      const target = typeof member === 'string' ? member : ''
      const path = `.data.groups[${i}].structureIds[${j}]`
      const first = seen.get(target)
      if (first) {
        c.fail(path, BACKUP_MESSAGES.duplicate(target, first))
        return
      }
      seen.set(target, path)
      if (!structures.has(target)) c.fail(path, BACKUP_MESSAGES.missingStructure(target))
    })
  })
}

/** Embedded definitions are valid and unique; every questionnaire answered is embedded or known. */
function checkDefinitions(c: IssueList, data: Record<string, unknown>, known: readonly DefinitionRef[]): void {
  const available = new Set(known.map((d) => `${d.id}@${d.version}`))
  const contents = new Map<string, QuestionnaireDefinition>(
    known.flatMap((d) => (d.definition ? [[`${d.id}@${d.version}`, d.definition] as const] : [])),
  )
  const embedded = new Map<string, string>()
  const definitions: unknown[] = Array.isArray(data.definitions) ? data.definitions : []
  definitions.forEach((definition, i) => {
    const path = `.data.definitions[${i}]`
    const result = validateDefinition(definition)
    if (!result.ok) {
      for (const issue of result.errors)
        c.fail(issue.path === '(racine)' ? path : `${path}${issue.path}`, issue.message)
      return
    }
    const k = `${result.definition.id}@${result.definition.version}`
    const first = embedded.get(k)
    const here = contents.get(k)
    if (first) c.fail(path, BACKUP_MESSAGES.duplicate(`${result.definition.id} ${result.definition.version}`, first))
    else embedded.set(k, path)
    if (here && !sameDefinition(here, result.definition))
      c.fail(path, BACKUP_MESSAGES.otherDefinition(result.definition.id, result.definition.version))
  })
  for (const field of ['assessments', 'services']) {
    records(data, field).forEach((record, i) => {
      const id = record.questionnaireId ?? ''
      const version = record.questionnaireVersion ?? ''
      const k = `${id}@${version}`
      if (!embedded.has(k) && !available.has(k))
        c.fail(`.data.${field}[${i}].questionnaireId`, BACKUP_MESSAGES.unknownQuestionnaire(id, version))
    })
  }
}
