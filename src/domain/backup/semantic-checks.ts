/**
 * What backup.schema.json cannot say, checked on a file the schema accepted: ids unique, records
 * pointing to an assessment or structure of the file, a group's structures named once, embedded
 * questionnaire definitions valid (by their own schema and checks) and every questionnaire answered
 * embedded or known.
 */
import type { BackupData } from './backup'
import type { QuestionnaireDefinition } from '../definition/definition'
import { sameDefinition } from '../definition/definition-file'
import type { IssueCode, IssueParams, ValidationIssue } from '../definition/schema-issues'
import { validateDefinition } from '../definition/validate'

export interface DefinitionRef {
  id: string
  version: string
  /** Its content, when known: a file may embed the same id and version only with the same content. */
  definition?: QuestionnaireDefinition
}

type Fail = (path: string, code: IssueCode, params?: IssueParams) => void

/** Every fault of the records of a file whose shape is right. */
export function checkRecords(data: BackupData, known: readonly DefinitionRef[]): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const fail: Fail = (path, code, params) => issues.push(params ? { path, code, params } : { path, code })
  checkDefinitions(fail, data, known)
  checkIdentity(fail, data)
  return issues
}

/** Records each key once; a second record with the same key is reported with the path of the first. */
function unique<T>(fail: Fail, records: readonly T[], field: string, keyOf: (r: T) => string, label: (r: T) => string) {
  const seen = new Map<string, string>()
  records.forEach((record, i) => {
    const key = keyOf(record)
    const first = seen.get(key)
    if (first) fail(`.data.${field}[${i}]`, 'duplicate', { what: 'record', value: label(record), first })
    else seen.set(key, `.data.${field}[${i}]`)
  })
  return new Set(seen.keys())
}

/** Duplicated ids and records pointing to an assessment or structure absent from the file. */
function checkIdentity(fail: Fail, data: BackupData): void {
  const byId = (r: { id: string }) => r.id
  const structures = unique(fail, data.structures, 'structures', byId, byId)
  const assessments = unique(fail, data.assessments, 'assessments', byId, byId)
  unique(fail, data.services, 'services', byId, byId)
  unique(fail, data.customActions, 'customActions', byId, byId)
  unique(
    fail,
    data.answers,
    'answers',
    (r) => `${r.assessmentId}\u0000${r.questionId}`,
    (r) => `${r.assessmentId} / ${r.questionId}`,
  )
  unique(
    fail,
    data.actionEdits,
    'actionEdits',
    (r) => `${r.assessmentId}\u0000${r.actionId}`,
    (r) => `${r.assessmentId} / ${r.actionId}`,
  )
  for (const field of ['answers', 'actionEdits', 'customActions'] as const) {
    data[field].forEach((record, i) => {
      if (!assessments.has(record.assessmentId))
        fail(`.data.${field}[${i}].assessmentId`, 'missing-record', { what: 'assessment', value: record.assessmentId })
    })
  }
  for (const field of ['assessments', 'services'] as const) {
    data[field].forEach((record, i) => {
      if (!structures.has(record.structureId))
        fail(`.data.${field}[${i}].structureId`, 'missing-record', { what: 'structure', value: record.structureId })
    })
  }
  unique(fail, data.groups, 'groups', byId, byId)
  data.groups.forEach((group, i) => {
    const seen = new Map<string, string>()
    group.structureIds.forEach((member, j) => {
      const path = `.data.groups[${i}].structureIds[${j}]`
      const first = seen.get(member)
      if (first) return fail(path, 'duplicate', { what: 'record', value: member, first })
      seen.set(member, path)
      if (!structures.has(member)) fail(path, 'missing-record', { what: 'structure', value: member })
    })
  })
}

/** Embedded definitions are valid and unique; every questionnaire answered is embedded or known. */
function checkDefinitions(fail: Fail, data: BackupData, known: readonly DefinitionRef[]): void {
  const available = new Set(known.map((d) => `${d.id}@${d.version}`))
  const contents = new Map<string, QuestionnaireDefinition>(
    known.flatMap((d) => (d.definition ? [[`${d.id}@${d.version}`, d.definition] as const] : [])),
  )
  const embedded = new Map<string, string>()
  ;(data.definitions as unknown[]).forEach((definition, i) => {
    const path = `.data.definitions[${i}]`
    const result = validateDefinition(definition)
    if (!result.ok) {
      for (const issue of result.errors) issues(fail, { ...issue, path: `${path}${issue.path}` })
      return
    }
    const { id, version } = result.definition
    const key = `${id}@${version}`
    const first = embedded.get(key)
    const here = contents.get(key)
    if (first) fail(path, 'duplicate', { what: 'definition', value: `${id} ${version}`, first })
    else embedded.set(key, path)
    if (here && !sameDefinition(here, result.definition)) fail(path, 'other-definition', { value: id, version })
  })
  for (const field of ['assessments', 'services'] as const) {
    data[field].forEach((record, i) => {
      const key = `${record.questionnaireId}@${record.questionnaireVersion}`
      if (!embedded.has(key) && !available.has(key))
        fail(`.data.${field}[${i}].questionnaireId`, 'unknown-questionnaire', {
          value: record.questionnaireId,
          version: record.questionnaireVersion,
        })
    })
  }
}

function issues(fail: Fail, issue: ValidationIssue): void {
  fail(issue.path, issue.code, issue.params)
}
