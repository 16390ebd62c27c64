/**
 * The shape every record of a backup file must have, written once as data, and the checker that
 * walks an untrusted value against it, listing each fault in French with the path of the field.
 * `Fields<T>` lists every key of a record type: adding a field to a type without saying here how
 * to check it does not compile.
 */
import {
  STRUCTURE_CATEGORIES,
  type Answer,
  type Assessment,
  type Respondent,
  type Structure,
} from '../assessment/assessment'
import { ACTION_PHASES } from '../definition/definition'
import type { OrphanAnswer } from '../definition/migrate-answers'
import type { RequirementAnswer, SecurityNeedAnswer, ServiceRecord, ServiceSnapshot } from '../conformity/conformity'
import type { UsageEntry } from '../workshop/funding-rules'
import type { Group } from '../workshop/group'
import { BACKUP_LIMITS, type StoredActionEdit, type StoredCustomAction } from './backup'
import { MAX_PROFILE_FACTS, PROFILE_FACT_ID } from '../assessment/profile'

export interface BackupIssue {
  path: string
  message: string
}

interface Common {
  nullable?: boolean
  optional?: boolean
}

export type Spec = Common &
  (
    | { kind: 'text'; max: number; min?: number; pattern?: RegExp; hint?: string }
    | { kind: 'enum'; values: readonly string[] }
    | { kind: 'int'; min: number; max: number }
    /** Any finite number, as typed by the user (decimals and signs included). */
    | { kind: 'number' }
    | { kind: 'dateTime' }
    | { kind: 'day' }
    | { kind: 'list'; of: Spec; max: number }
    | { kind: 'object'; fields: Readonly<Record<string, Spec>> }
    | { kind: 'boolean' }
    /** An object used as a map; its keys match `keyPattern` when given, else the file's key pattern. */
    | { kind: 'dict'; of: Spec; max: number; keyPattern?: RegExp; keyHint?: string }
    | { kind: 'textOrList'; max: number; items: number }
    /** Checked elsewhere (embedded questionnaire definitions have their own validator). */
    | { kind: 'unchecked' }
  )

/** One check per key of T, optional keys included. */
type Fields<T> = { readonly [K in keyof T]-?: Spec }

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/
const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/
const SEMVER_PATTERN = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/
const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/
const MAX_ERRORS = 100

const L = BACKUP_LIMITS
const id: Spec = {
  kind: 'text',
  min: 1,
  max: L.id,
  pattern: ID_PATTERN,
  hint: 'lettres, chiffres, points, tirets et deux-points attendus',
}
const key: Spec = {
  kind: 'text',
  min: 1,
  max: L.key,
  pattern: KEY_PATTERN,
  hint: 'lettres, chiffres, points, tirets et deux-points attendus',
}
const name: Spec = { kind: 'text', max: L.name }
const longText: Spec = { kind: 'text', max: L.text }
const dateTime: Spec = { kind: 'dateTime' }
const day: Spec = { kind: 'day', nullable: true }
const level: Spec = { kind: 'int', min: 0, max: 10, nullable: true }
const version: Spec = {
  kind: 'text',
  min: 1,
  max: 40,
  pattern: SEMVER_PATTERN,
  hint: 'version attendue sous la forme 1.0.0',
}
const questionnaireId: Spec = {
  kind: 'text',
  min: 1,
  max: 80,
  pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  hint: 'minuscules, chiffres et tirets attendus',
}
const importedFrom: Spec = { ...id, optional: true }
const status: Spec = { kind: 'enum', values: ['todo', 'doing', 'done', 'dropped'] }

const object = <T>(fields: Fields<T>): Spec => ({ kind: 'object', fields })

export const STRUCTURE_SPEC = object<Structure>({
  id,
  name: { kind: 'text', min: 1, max: L.name },
  finess: { kind: 'text', max: 20 },
  category: { kind: 'enum', values: STRUCTURE_CATEGORIES },
  capacity: { kind: 'int', min: 0, max: 100_000, nullable: true },
  organisation: name,
  profile: {
    kind: 'dict',
    of: { kind: 'boolean' },
    max: MAX_PROFILE_FACTS,
    keyPattern: PROFILE_FACT_ID,
    keyHint: 'minuscules, chiffres et tirets attendus',
    optional: true,
  },
  importedFrom,
  createdAt: dateTime,
  updatedAt: dateTime,
})

const RESPONDENT_SPEC = object<Respondent>({ name, role: name })

const ORPHAN_SPEC = object<OrphanAnswer>({
  questionId: key,
  fromVersion: version,
  questionText: longText,
  value: { ...key, nullable: true },
  valueLabel: longText,
  comment: longText,
  reason: { kind: 'enum', values: ['question-removed', 'option-removed'] },
  updatedAt: dateTime,
})

export const ASSESSMENT_SPEC = object<Assessment>({
  id,
  structureId: id,
  questionnaireId,
  questionnaireVersion: version,
  status: { kind: 'enum', values: ['in-progress', 'completed'] },
  currentPage: { ...key, nullable: true },
  respondents: { kind: 'list', of: RESPONDENT_SPEC, max: 50 },
  path: { kind: 'enum', values: ['full', 'essential'], optional: true },
  targets: { kind: 'dict', of: { kind: 'int', min: 0, max: 10 }, max: 100, optional: true },
  orphans: { kind: 'list', of: ORPHAN_SPEC, max: 2000, optional: true },
  importedFrom,
  createdAt: dateTime,
  updatedAt: dateTime,
})

export const ANSWER_SPEC = object<Answer>({
  assessmentId: id,
  questionId: key,
  value: { ...key, nullable: true },
  comment: longText,
  updatedAt: dateTime,
})

export const ACTION_EDIT_SPEC = object<StoredActionEdit>({
  assessmentId: id,
  actionId: key,
  status,
  owner: name,
  dueDate: day,
  notes: longText,
  updatedAt: dateTime,
})

export const CUSTOM_ACTION_SPEC = object<StoredCustomAction>({
  id,
  assessmentId: id,
  title: { kind: 'text', min: 1, max: L.name },
  why: longText,
  how: longText,
  phase: { kind: 'enum', values: ACTION_PHASES },
  domainId: { ...key, nullable: true },
  status,
  owner: name,
  dueDate: day,
  notes: longText,
  createdAt: dateTime,
  updatedAt: dateTime,
})

const REQUIREMENT_ANSWER_SPEC = object<RequirementAnswer>({
  level,
  target: level,
  targetDate: day,
  justification: longText,
  updatedAt: dateTime,
})
const SECURITY_NEED_SPEC = object<SecurityNeedAnswer>({ level, justification: longText, updatedAt: dateTime })
const QUALIFICATION_SPEC: Spec = { kind: 'dict', of: { kind: 'textOrList', max: L.key, items: 50 }, max: 100 }
const REQUIREMENTS_SPEC: Spec = { kind: 'dict', of: REQUIREMENT_ANSWER_SPEC, max: 1000 }
const SECURITY_NEEDS_SPEC: Spec = { kind: 'dict', of: SECURITY_NEED_SPEC, max: 50 }

const SNAPSHOT_SPEC = object<ServiceSnapshot>({
  takenAt: dateTime,
  qualification: QUALIFICATION_SPEC,
  requirements: REQUIREMENTS_SPEC,
  securityNeeds: SECURITY_NEEDS_SPEC,
})

export const SERVICE_SPEC = object<ServiceRecord>({
  id,
  structureId: id,
  questionnaireId,
  questionnaireVersion: version,
  name: { kind: 'text', min: 1, max: L.name },
  responsible: name,
  description: longText,
  provider: name,
  product: name,
  productVersion: { kind: 'text', max: 100 },
  startedOn: day,
  qualification: QUALIFICATION_SPEC,
  requirements: REQUIREMENTS_SPEC,
  securityNeeds: SECURITY_NEEDS_SPEC,
  history: { kind: 'list', of: SNAPSHOT_SPEC, max: 200 },
  importedFrom,
  createdAt: dateTime,
  updatedAt: dateTime,
})

const USAGE_SPEC = object<UsageEntry>({
  target: { kind: 'number', nullable: true },
  observed: { kind: 'number', nullable: true },
})

export const GROUP_SPEC = object<Group>({
  id,
  name: { kind: 'text', min: 1, max: L.name },
  structureIds: { kind: 'list', of: id, max: L.structures },
  ruleSetId: id,
  usageTargets: { kind: 'dict', of: USAGE_SPEC, max: 100 },
  importedFrom,
  createdAt: dateTime,
  updatedAt: dateTime,
})

/**
 * Whether a value is a day that exists, written AAAA-MM-JJ: 2026-02-29 and 2026-02-30 are not
 * (`Date.parse` accepts both and moves them to March).
 */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string' || !DAY_PATTERN.test(value)) return false
  const [year, month, day] = value.split('-').map(Number) as [number, number, number]
  if (month < 1 || month > 12 || day < 1) return false
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
  return day <= days
}

/**
 * The bound of a text field, found by following field names through the specs ('*' stands for the
 * items of a list or the values of a dictionary).
 */
export function textBound(spec: Spec, path: readonly string[]): number {
  let current: Spec | undefined = spec
  for (const step of path) {
    if (current?.kind === 'object') current = current.fields[step]
    else if (current?.kind === 'list' || current?.kind === 'dict') current = step === '*' ? current.of : undefined
    else current = undefined
  }
  if (current?.kind === 'text' || current?.kind === 'textOrList') return current.max
  throw new Error(`not a text field: ${path.join('.')}`)
}

/**
 * Names typed in the forms that check them (structure, organisation, service, group): shorter than
 * what an import accepts, which also reads the files of older versions.
 */
const FORM_NAME = 200
/** A FINESS number as typed, spaces included (saved as its nine characters). */
const FINESS_TYPED = 12
/** A number typed as text (a usage target), saved as a number. */
const NUMBER_TYPED = 30

/**
 * The longest text each field the user types may hold, read from the specs above so that nothing
 * typed can exceed what an import accepts: every text box and text area takes its `maxlength` here
 * (a unit test checks the components), and every export can be imported back.
 */
export const FIELD_BOUNDS = {
  structureName: Math.min(FORM_NAME, textBound(STRUCTURE_SPEC, ['name'])),
  structureFiness: Math.min(FINESS_TYPED, textBound(STRUCTURE_SPEC, ['finess'])),
  structureOrganisation: Math.min(FORM_NAME, textBound(STRUCTURE_SPEC, ['organisation'])),
  /** The home screen's search among structures: never saved, as long as what it searches. */
  structureSearch: textBound(STRUCTURE_SPEC, ['name']),
  respondentName: textBound(ASSESSMENT_SPEC, ['respondents', '*', 'name']),
  respondentRole: textBound(ASSESSMENT_SPEC, ['respondents', '*', 'role']),
  answerComment: textBound(ANSWER_SPEC, ['comment']),
  /** An action's owner and notes are kept in an action edit or in the user's own action. */
  actionOwner: Math.min(textBound(ACTION_EDIT_SPEC, ['owner']), textBound(CUSTOM_ACTION_SPEC, ['owner'])),
  actionNotes: Math.min(textBound(ACTION_EDIT_SPEC, ['notes']), textBound(CUSTOM_ACTION_SPEC, ['notes'])),
  customTitle: textBound(CUSTOM_ACTION_SPEC, ['title']),
  customWhy: textBound(CUSTOM_ACTION_SPEC, ['why']),
  customHow: textBound(CUSTOM_ACTION_SPEC, ['how']),
  serviceName: Math.min(FORM_NAME, textBound(SERVICE_SPEC, ['name'])),
  serviceResponsible: textBound(SERVICE_SPEC, ['responsible']),
  serviceProvider: textBound(SERVICE_SPEC, ['provider']),
  serviceProduct: textBound(SERVICE_SPEC, ['product']),
  serviceProductVersion: textBound(SERVICE_SPEC, ['productVersion']),
  serviceDescription: textBound(SERVICE_SPEC, ['description']),
  requirementJustification: textBound(SERVICE_SPEC, ['requirements', '*', 'justification']),
  securityJustification: textBound(SERVICE_SPEC, ['securityNeeds', '*', 'justification']),
  groupName: Math.min(FORM_NAME, textBound(GROUP_SPEC, ['name'])),
  usageValue: NUMBER_TYPED,
} as const

export type BoundedField = keyof typeof FIELD_BOUNDS

/** The most respondents an assessment may list, as an import accepts. */
export const RESPONDENTS_MAX = (() => {
  const respondents = ASSESSMENT_SPEC.kind === 'object' ? ASSESSMENT_SPEC.fields.respondents : undefined
  return respondents?.kind === 'list' ? respondents.max : 0
})()

/** The last day a date field accepts (a year of four digits, as the files hold). */
export const DAY_MAX = '9999-12-31'

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A short, printable excerpt of an untrusted value for an error message. */
export function excerpt(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}

/** Collects French error messages with paths; keeps the first MAX_ERRORS and counts the rest. */
export class IssueList {
  readonly issues: BackupIssue[] = []
  private dropped = 0

  fail(path: string, message: string): void {
    if (this.issues.length < MAX_ERRORS) this.issues.push({ path: path || '(racine)', message })
    else this.dropped++
  }

  get count(): number {
    return this.issues.length + this.dropped
  }

  /** The issues, with a last line saying how many were left out. */
  list(): BackupIssue[] {
    return this.dropped > 0
      ? [...this.issues, { path: '(racine)', message: `… et ${this.dropped} autre(s) erreur(s)` }]
      : [...this.issues]
  }

  /** Checks a value against a spec; returns false when the value has the wrong type. */
  check(value: unknown, spec: Spec, path: string): boolean {
    if (value === null) {
      if (spec.nullable) return true
      this.fail(path, 'valeur vide (null) non permise')
      return false
    }
    switch (spec.kind) {
      case 'text':
        return this.text(value, spec, path)
      case 'enum':
        if (typeof value === 'string' && spec.values.includes(value)) return true
        this.fail(path, `valeur inattendue « ${excerpt(value)} » ; attendu : ${spec.values.join(', ')}`)
        return false
      case 'int':
        if (typeof value !== 'number' || !Number.isInteger(value)) {
          this.fail(path, 'un nombre entier est attendu')
          return false
        }
        if (value < spec.min || value > spec.max) this.fail(path, `doit être compris entre ${spec.min} et ${spec.max}`)
        return true
      case 'number':
        if (typeof value === 'number' && Number.isFinite(value)) return true
        this.fail(path, 'un nombre est attendu')
        return false
      case 'dateTime':
        if (
          typeof value === 'string' &&
          value.length <= 40 &&
          DATE_TIME_PATTERN.test(value) &&
          isCalendarDay(value.slice(0, 10)) &&
          !Number.isNaN(Date.parse(value))
        )
          return true
        this.fail(
          path,
          `date et heure attendues au format ISO, par exemple 2026-03-02T09:30:00.000Z (reçu « ${excerpt(value)} »)`,
        )
        return false
      case 'day':
        if (isCalendarDay(value)) return true
        if (typeof value === 'string' && DAY_PATTERN.test(value)) {
          this.fail(path, `date qui n’existe pas au calendrier « ${excerpt(value)} »`)
          return false
        }
        this.fail(path, `date attendue au format AAAA-MM-JJ (reçu « ${excerpt(value)} »)`)
        return false
      case 'list':
        return this.list_(value, spec.of, spec.max, path)
      case 'object':
        return this.object(value, spec.fields, path)
      case 'boolean':
        if (typeof value === 'boolean') return true
        this.fail(path, 'oui ou non (true ou false) est attendu')
        return false
      case 'dict':
        return this.dict(value, spec, path)
      case 'unchecked':
        return true
      case 'textOrList':
        if (typeof value === 'string') return this.text(value, { kind: 'text', max: spec.max }, path)
        return this.list_(
          value,
          { kind: 'text', max: spec.max },
          spec.items,
          path,
          'un texte ou une liste de textes est attendu',
        )
    }
  }

  private text(value: unknown, spec: Extract<Spec, { kind: 'text' }>, path: string): boolean {
    if (typeof value !== 'string') {
      this.fail(path, 'un texte est attendu')
      return false
    }
    if (value.length > spec.max) this.fail(path, `trop long (${value.length} caractères, ${spec.max} au plus)`)
    else if (value.length < (spec.min ?? 0)) this.fail(path, 'ne doit pas être vide')
    else if (spec.pattern && !spec.pattern.test(value))
      this.fail(path, `format invalide « ${excerpt(value)} » : ${spec.hint ?? ''}`.trim())
    return true
  }

  private list_(value: unknown, of: Spec, max: number, path: string, typeMessage = 'une liste est attendue'): boolean {
    if (!Array.isArray(value)) {
      this.fail(path, typeMessage)
      return false
    }
    if (value.length > max) {
      this.fail(path, `trop d’éléments (${value.length}, ${max} au plus)`)
      return true
    }
    value.forEach((item, i) => this.check(item, of, `${path}[${i}]`))
    return true
  }

  /** Checks an object; every key must be declared, every declared key present unless optional. */
  object(value: unknown, fields: Readonly<Record<string, Spec>>, path: string): value is Record<string, unknown> {
    if (!isObject(value)) {
      this.fail(path, 'un objet est attendu')
      return false
    }
    for (const k of Object.keys(value)) {
      if (!Object.hasOwn(fields, k)) this.fail(`${path}.${excerpt(k)}`, `champ inconnu « ${excerpt(k)} »`)
    }
    for (const [k, spec] of Object.entries(fields)) {
      const field = Object.hasOwn(value, k) ? value[k] : undefined
      if (field === undefined) {
        if (!spec.optional) this.fail(`${path}.${k}`, 'champ obligatoire manquant')
      } else this.check(field, spec, `${path}.${k}`)
    }
    return true
  }

  private dict(
    value: unknown,
    { of, max, keyPattern, keyHint }: Extract<Spec, { kind: 'dict' }>,
    path: string,
  ): boolean {
    if (!isObject(value)) {
      this.fail(path, 'un objet est attendu')
      return false
    }
    const keys = Object.keys(value)
    if (keys.length > max) {
      this.fail(path, `trop d’éléments (${keys.length}, ${max} au plus)`)
      return true
    }
    for (const k of keys) {
      if (k.length > L.key || !(keyPattern ?? KEY_PATTERN).test(k))
        this.fail(`${path}`, `clé invalide « ${excerpt(k)} »${keyHint ? ` : ${keyHint}` : ''}`)
      else this.check(value[k], of, `${path}.${k}`)
    }
    return true
  }
}
