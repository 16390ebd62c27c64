/**
 * The faults of a file as codes with the path of the field (`.domains[0].questions[2].help`), read
 * from the errors of a validator generated from a JSON Schema, or found by the checks a schema cannot
 * express. The words are given by src/i18n/fr-validation.ts.
 */
import type { SchemaError } from './generated/questionnaire-validator.js'

/** What is wrong with a field. */
export type IssueCode =
  // Said by a JSON Schema
  | 'type'
  | 'null'
  | 'required'
  | 'unknown-field'
  | 'too-long'
  | 'empty'
  | 'too-short'
  | 'pattern'
  | 'enum'
  | 'minimum'
  | 'maximum'
  | 'exclusive-minimum'
  | 'too-few'
  | 'too-many'
  | 'repeated-item'
  | 'bad-key'
  | 'requires-field'
  | 'invalid'
  // Found by the checks of each file format
  | 'not-json'
  | 'id-mismatch'
  | 'duplicate'
  | 'reserved-value'
  | 'level-not-in-scale'
  | 'level-twice'
  | 'unknown-reference'
  | 'category-in-both'
  | 'condition-syntax'
  | 'condition-unknown-question'
  | 'condition-unknown-value'
  | 'no-level-below'
  | 'no-level-between'
  | 'trigger-needs-below-or-unknown'
  | 'self-prerequisite'
  | 'prerequisite-cycle'
  // Backup files
  | 'not-capsi'
  | 'not-a-day'
  | 'day-not-in-calendar'
  | 'not-a-date-time'
  | 'unknown-format'
  | 'newer-format'
  | 'no-checksum'
  | 'damaged'
  | 'too-large'
  | 'too-deep'
  | 'missing-record'
  | 'other-definition'
  | 'unknown-questionnaire'
  | 'more-issues'

/** The facts a message needs; each code uses a few of them. */
export interface IssueParams {
  /** An excerpt of the faulty value or key. */
  value?: string
  field?: string
  /** The field required by `field` (requires-field). */
  missing?: string
  expected?: string
  length?: number
  count?: number
  limit?: number | string
  pattern?: string
  allowed?: readonly (string | number)[]
  /** What an id names: 'question', 'domain', 'action', 'fact', 'dimension', 'axis', 'requirement', 'need', 'qualification', 'record'... */
  what?: string
  /** Where the same value was met first. */
  first?: string
  /** The name the id must equal (id-mismatch). */
  name?: string
  problem?: string
  found?: string
  position?: number
  below?: number
  from?: number
  cycle?: readonly string[]
  /** A questionnaire's version (backup files). */
  version?: string
}

export interface ValidationIssue {
  /** The path of the field, '' for the whole file. */
  path: string
  code: IssueCode
  params?: IssueParams
}

/** A short, printable excerpt of an untrusted value for a message. */
export function excerpt(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}

/** The length a schema's maxLength counts: characters, a pair of surrogates counting once. */
function characters(value: unknown): number {
  return typeof value === 'string' ? [...value].length : 0
}

/** The user's path of a JSON pointer, reading the data to tell list positions from object keys. */
function pathOf(pointer: string, root: unknown): { path: string; value: unknown } {
  let path = ''
  let value = root
  for (const raw of pointer.split('/').slice(1)) {
    const step = raw.replaceAll('~1', '/').replaceAll('~0', '~')
    if (Array.isArray(value)) {
      path += `[${step}]`
      value = value[Number(step)]
    } else {
      path += `.${step}`
      value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[step] : undefined
    }
  }
  return { path, value }
}

const str = (v: unknown): string => String(v)
const num = (v: unknown): number => Number(v)

/** One issue per schema error (none for the summaries Ajv adds to a failed `if` or property name). */
function issueOf(error: SchemaError & { propertyName?: string }, root: unknown): ValidationIssue | null {
  if (error.keyword === 'if' || error.keyword === 'propertyNames') return null
  const { path, value } = pathOf(error.instancePath, root)
  const p = error.params
  if (error.propertyName !== undefined)
    return { path, code: 'bad-key', params: { value: excerpt(error.propertyName), pattern: str(p.pattern ?? '') } }
  if (error.keyword === 'type' && value === null && p.type !== 'object') return { path, code: 'null' }
  switch (error.keyword) {
    case 'type':
      return { path, code: 'type', params: { expected: str(p.type) } }
    case 'required':
      return { path: `${path}.${str(p.missingProperty)}`, code: 'required' }
    case 'additionalProperties': {
      const field = excerpt(p.additionalProperty)
      return { path: `${path}.${field}`, code: 'unknown-field', params: { field } }
    }
    case 'maxLength':
      return { path, code: 'too-long', params: { length: characters(value), limit: num(p.limit) } }
    case 'minLength':
      return num(p.limit) <= 1 ? { path, code: 'empty' } : { path, code: 'too-short', params: { limit: num(p.limit) } }
    case 'pattern':
      return { path, code: 'pattern', params: { value: excerpt(value), pattern: str(p.pattern) } }
    case 'enum':
      return { path, code: 'enum', params: { value: excerpt(value), allowed: p.allowedValues as (string | number)[] } }
    case 'const':
      return { path, code: 'enum', params: { value: excerpt(value), allowed: [p.allowedValue as string | number] } }
    case 'minimum':
    case 'maximum':
      return { path, code: error.keyword, params: { limit: num(p.limit) } }
    case 'exclusiveMinimum':
      return { path, code: 'exclusive-minimum', params: { limit: num(p.limit) } }
    case 'minItems':
      return { path, code: 'too-few', params: { limit: num(p.limit) } }
    case 'maxItems':
      return { path, code: 'too-many', params: { count: Array.isArray(value) ? value.length : 0, limit: num(p.limit) } }
    case 'maxProperties': {
      const count = typeof value === 'object' && value !== null ? Object.keys(value).length : 0
      return { path, code: 'too-many', params: { count, limit: num(p.limit) } }
    }
    case 'uniqueItems': {
      const at = Math.max(num(p.i), num(p.j))
      const item = Array.isArray(value) ? value[at] : undefined
      return { path: `${path}[${at}]`, code: 'repeated-item', params: { value: excerpt(item) } }
    }
    case 'dependentRequired':
      return {
        path: `${path}.${str(p.property)}`,
        code: 'requires-field',
        params: { field: str(p.property), missing: str(p.missingProperty) },
      }
    default:
      return { path, code: 'invalid' }
  }
}

/**
 * The issues of a validator's errors, in the order the validator found them, the first only for each
 * field (an empty id is said to be empty, not also to break its pattern).
 */
export function issuesFromSchema(errors: readonly SchemaError[] | null | undefined, root: unknown): ValidationIssue[] {
  const seen = new Set<string>()
  return (errors ?? []).flatMap((error) => {
    const issue = issueOf(error, root)
    const key = issue?.code === 'bad-key' ? `${issue.path}\u0000${issue.params?.value}` : issue?.path
    if (!issue || key === undefined || seen.has(key)) return []
    seen.add(key)
    return [issue]
  })
}
