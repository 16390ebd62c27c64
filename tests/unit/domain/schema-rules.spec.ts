/**
 * Every rule of each JSON Schema refuses a file, with its code, the path of the field and a French
 * message: the test walks each schema beside a valid file and breaks one rule at a time (a required
 * field removed, a text one character too long, a value outside its list, a value of the wrong type,
 * a number out of range, a text that breaks its pattern, a list too long).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildBackup } from '@/domain/backup/backup'
import backupSchema from '@/domain/backup/backup.schema.json'
import { parseBackup } from '@/domain/backup/validate'
import { validateDefinition, type ValidationIssue } from '@/domain/definition/validate'
import { issuesFromSchema } from '@/domain/definition/schema-issues'
import validateRules from '@/domain/workshop/generated/funding-rules-validator.js'
import { issueMessage, issuePath } from '@/i18n/fr-validation'
import { resealed } from '../backup-fixtures'
import { snapshotAtBound } from '../bounds-fixtures'
import { miniDefinition } from '../fixtures'

interface Node {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  maxLength?: number
  pattern?: string
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  maxItems?: number
  required?: string[]
  properties?: Record<string, Node>
  additionalProperties?: Node | boolean
  items?: Node
  $defs?: Record<string, Node>
}

type Doc = Record<string, unknown>
type Key = string | number

/** One broken rule: where, what, and how to break it in a copy of the file. */
interface Breach {
  name: string
  path: string
  codes: ValidationIssue['code'][]
  apply: (doc: Doc) => void
}

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')) as Node

function setAt(doc: Doc, keys: readonly Key[], value: unknown): void {
  let current = doc as Record<Key, unknown>
  for (const key of keys.slice(0, -1)) current = current[key] as Record<Key, unknown>
  const last = keys.at(-1) as Key
  if (value === undefined) delete current[last]
  else current[last] = value
}

/** A value of another type than the field's. */
function wrongType(types: string[]): unknown {
  if (!types.includes('string')) return 'texte'
  return types.includes('number') || types.includes('integer') ? true : 12345
}

/** The rules of one field and of what it holds, broken one at a time. */
function breaches(
  root: Node,
  raw: Node,
  value: unknown,
  keys: Key[],
  path: string,
  skip: ReadonlySet<string>,
): Breach[] {
  const node = raw.$ref ? (root.$defs?.[raw.$ref.replace('#/$defs/', '')] ?? {}) : raw
  const found: Breach[] = []
  const add = (name: string, codes: Breach['codes'], replacement: unknown) =>
    found.push({ name: `${path || '(racine)'} ${name}`, path, codes, apply: (doc) => setAt(doc, keys, replacement) })
  const types = [node.type ?? []].flat()
  if (types.length > 0 && keys.length > 0) add('of the wrong type', ['type'], wrongType(types))
  if (node.enum || node.const !== undefined) add('outside its values', ['enum'], 'valeur-inconnue')
  if (typeof value === 'string' && node.maxLength !== undefined)
    add('one character too long', ['too-long'], 'x'.repeat(node.maxLength + 1))
  if (typeof value === 'string' && node.pattern) {
    const broken = ['!!', ' '].find((candidate) => !new RegExp(node.pattern ?? '').test(candidate))
    add('breaking its pattern', ['pattern', 'not-a-day', 'not-a-date-time', 'empty'], broken)
  }
  if (typeof value === 'number' && node.maximum !== undefined) add('above its maximum', ['maximum'], node.maximum + 1)
  if (typeof value === 'number' && node.minimum !== undefined) add('below its minimum', ['minimum'], node.minimum - 1)
  if (typeof value === 'number' && node.exclusiveMinimum !== undefined)
    add('at its exclusive minimum', ['exclusive-minimum'], node.exclusiveMinimum)
  if (Array.isArray(value) && node.maxItems !== undefined && node.maxItems <= 100 && value.length > 0)
    add(
      'with one item too many',
      ['too-many'],
      Array.from({ length: node.maxItems + 1 }, () => value[0]),
    )
  if (Array.isArray(value) && node.items && value.length > 0)
    found.push(...breaches(root, node.items, value[0], [...keys, 0], `${path}[0]`, skip))
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Doc
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const at = `${path}.${key}`
      if (!(key in record) || skip.has(at)) continue
      if (node.required?.includes(key))
        found.push({
          name: `${at} removed`,
          path: at,
          codes: ['required'],
          apply: (doc) => setAt(doc, [...keys, key], undefined),
        })
      found.push(...breaches(root, child, record[key], [...keys, key], at, skip))
    }
    if (typeof node.additionalProperties === 'object') {
      const [key, child] = Object.entries(record)[0] ?? []
      if (key !== undefined)
        found.push(...breaches(root, node.additionalProperties, child, [...keys, key], `${path}.${key}`, skip))
    }
  }
  return found
}

function expectRefused(breach: Breach, issues: readonly ValidationIssue[]): void {
  const issue = issues.find((i) => i.path === breach.path && breach.codes.includes(i.code))
  expect(issue, `${breach.name}: ${JSON.stringify(issues.slice(0, 3))}`).toBeDefined()
  if (!issue) return
  expect(issuePath(issue)).toBe(breach.path || '(racine)')
  const message = issueMessage(issue)
  expect(message).not.toMatch(/undefined|valeur invalide|type de valeur inattendu/)
  expect(message.length).toBeGreaterThan(5)
}

const questionnaireSchema = read('questionnaires/questionnaire.schema.json')
const definitions: [string, Doc][] = [
  ['the example questionnaire', miniDefinition() as unknown as Doc],
  ['the conformity grid', read('questionnaires/grille-conformite-convergence.json') as unknown as Doc],
]

describe.each(definitions)('questionnaire.schema.json, on %s', (_name, base) => {
  const cases = breaches(questionnaireSchema, questionnaireSchema, base, [], '', new Set(['.$schema']))
  it('has rules to break', () => expect(cases.length).toBeGreaterThan(50))
  it.each(cases.map((c) => [c.name, c] as const))('refuses %s', (_label, breach) => {
    const doc = structuredClone(base)
    breach.apply(doc)
    const result = validateDefinition(doc)
    expect(result.ok).toBe(false)
    expectRefused(breach, result.ok ? [] : result.errors)
  })
})

describe('backup.schema.json, on a file with every field at its bound', () => {
  const base = buildBackup(
    snapshotAtBound(),
    'all',
    {},
    { appVersion: '0.1.0', exportedAt: '2026-03-20T08:00:00.000Z' },
  )
  // Read before the schema: the format, its version and the checksum have their own messages.
  const skip = new Set(['.format', '.formatVersion', '.checksum', '.data.definitions'])
  const schema = backupSchema as unknown as Node
  const cases = breaches(schema, schema, base, [], '', skip)
  it('has rules to break', () => expect(cases.length).toBeGreaterThan(300))
  it.each(cases.map((c) => [c.name, c] as const))('refuses %s', (_label, breach) => {
    const result = parseBackup(resealed((raw) => breach.apply(raw), base))
    expect(result.ok).toBe(false)
    expectRefused(breach, result.ok ? [] : result.errors)
  })
})

describe('funding-rules.schema.json, on the rule file', () => {
  const base = read('rules/esms-numerique.json') as unknown as Doc
  const schema = read('rules/funding-rules.schema.json')
  const cases = breaches(schema, schema, base, [], '', new Set())
  it('has rules to break', () => expect(cases.length).toBeGreaterThan(20))
  it.each(cases.map((c) => [c.name, c] as const))('refuses %s', (_label, breach) => {
    const doc = structuredClone(base)
    breach.apply(doc)
    expect(validateRules(doc)).toBe(false)
    expectRefused(breach, issuesFromSchema(validateRules.errors, doc))
  })
})
