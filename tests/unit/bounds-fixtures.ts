/**
 * Records filled at every bound of the backup schema (src/domain/backup/backup.schema.json), built
 * by walking it: the longest texts, the highest numbers, the last day, every optional field, two
 * items per list or dictionary. A field added to the schema is then filled and checked here without
 * a line to write.
 */
import type { Answer, Assessment, Structure } from '@/domain/assessment/assessment'
import type { BackupSnapshot, StoredActionEdit, StoredCustomAction } from '@/domain/backup/backup'
import { DAY_MAX } from '@/domain/backup/bounds'
import backupSchema from '@/domain/backup/backup.schema.json'
import type { ServiceRecord } from '@/domain/conformity'
import type { QuestionnaireDefinition } from '@/domain/definition/definition'
import type { Group } from '@/domain/workshop/group'
import { miniDefinition } from './fixtures'

/** A field of the schema, as the fixtures walk it. */
export type Spec = { nullable?: boolean; optional?: boolean } & (
  | { kind: 'text'; max: number; min?: number; pattern?: RegExp }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'number' }
  | { kind: 'dateTime' }
  | { kind: 'day' }
  | { kind: 'list'; of: Spec; max: number }
  | { kind: 'object'; fields: Readonly<Record<string, Spec>> }
  | { kind: 'boolean' }
  | { kind: 'dict'; of: Spec; max: number; keyPattern: RegExp }
  | { kind: 'textOrList'; max: number; items: number }
  | { kind: 'unchecked' }
)

interface SchemaNode {
  $ref?: string
  type?: string | string[]
  enum?: string[]
  maxLength?: number
  minLength?: number
  pattern?: string
  minimum?: number
  maximum?: number
  maxItems?: number
  maxProperties?: number
  items?: SchemaNode
  required?: string[]
  properties?: Record<string, SchemaNode>
  additionalProperties?: SchemaNode | boolean
  propertyNames?: SchemaNode
}

const DEFS = backupSchema.$defs as unknown as Record<string, SchemaNode>

function resolve(node: SchemaNode): SchemaNode {
  const target = node.$ref ? DEFS[node.$ref.replace('#/$defs/', '')] : node
  if (!target) throw new Error(`unknown reference ${node.$ref}`)
  return target
}

/** The spec of a node of the schema. */
export function specOf(raw: SchemaNode): Spec {
  if (raw.$ref === '#/$defs/dateTime') return { kind: 'dateTime' }
  if (raw.$ref === '#/$defs/day') return { kind: 'day', nullable: true }
  const node = resolve(raw)
  const types = [node.type ?? []].flat()
  const nullable = types.includes('null') ? { nullable: true } : {}
  if (types.includes('string') && types.includes('array'))
    return { kind: 'textOrList', max: node.maxLength ?? 0, items: node.maxItems ?? 0 }
  if (node.enum) return { kind: 'enum', values: node.enum, ...nullable }
  if (types.includes('string'))
    return {
      kind: 'text',
      max: node.maxLength ?? 0,
      ...(node.minLength ? { min: node.minLength } : {}),
      ...(node.pattern ? { pattern: new RegExp(node.pattern) } : {}),
      ...nullable,
    }
  if (types.includes('integer')) return { kind: 'int', min: node.minimum ?? 0, max: node.maximum ?? 0, ...nullable }
  if (types.includes('number')) return { kind: 'number', ...nullable }
  if (types.includes('boolean')) return { kind: 'boolean' }
  if (types.includes('array'))
    return node.items ? { kind: 'list', of: specOf(node.items), max: node.maxItems ?? 0 } : { kind: 'unchecked' }
  if (node.properties) {
    const required = new Set(node.required ?? [])
    return {
      kind: 'object',
      fields: Object.fromEntries(
        Object.entries(node.properties).map(([k, v]) => [
          k,
          { ...specOf(v), ...(required.has(k) ? {} : { optional: true }) },
        ]),
      ),
    }
  }
  if (typeof node.additionalProperties === 'object')
    return {
      kind: 'dict',
      of: specOf(node.additionalProperties),
      max: node.maxProperties ?? 0,
      keyPattern: new RegExp(resolve(node.propertyNames ?? {}).pattern ?? '.'),
    }
  throw new Error(`no spec for ${JSON.stringify(node).slice(0, 80)}`)
}

const record = (name: string): Spec => specOf({ $ref: `#/$defs/${name}` })
export const STRUCTURE_SPEC = record('structure')
export const ASSESSMENT_SPEC = record('assessment')
export const ANSWER_SPEC = record('answer')
export const ACTION_EDIT_SPEC = record('actionEdit')
export const CUSTOM_ACTION_SPEC = record('customAction')
export const SERVICE_SPEC = record('service')
export const GROUP_SPEC = record('group')

type TextSpec = Extract<Spec, { kind: 'text' }>

/** A free text of French words, quotes and line breaks, cut at `max` characters. */
const PROSE = 'Élan « à l’œil » ; déjà vu ?\n'
const LONGEST_DATE_TIME = '2026-02-28T23:59:59.999Z'

function fill(seed: string, filler: string, max: number): string {
  return (seed + filler.repeat(Math.ceil(max / filler.length) + 1)).slice(0, max)
}

/** The longest text a spec allows, starting with `seed` when the pattern permits it. */
export function longestText(spec: TextSpec, seed: string): string {
  if (!spec.pattern) return fill(seed, PROSE, spec.max)
  const candidates = [fill(seed, 'x', spec.max), fill('1.0.', '1', spec.max)]
  const found = candidates.find((candidate) => spec.pattern?.test(candidate))
  if (found === undefined) throw new Error(`no value at bound for pattern ${String(spec.pattern)}`)
  return found
}

/** Items given to each list or dictionary: enough to see that several are kept, few enough to stay small. */
const ITEMS = 2

/**
 * A value at every bound of a spec. `fixed` gives the value of some fields of an object (ids that
 * must point to other records); `seed` keeps the ids of sibling items apart.
 */
export function atBound(spec: Spec, seed = 'a', fixed: Readonly<Record<string, unknown>> = {}): unknown {
  switch (spec.kind) {
    case 'text':
      return longestText(spec, seed)
    case 'enum':
      return spec.values[spec.values.length - 1]
    case 'int':
      return spec.max
    case 'number':
      return Number.MAX_VALUE
    case 'dateTime':
      return LONGEST_DATE_TIME
    case 'day':
      return DAY_MAX
    case 'list':
      return Array.from({ length: Math.min(ITEMS, spec.max) }, (_, i) => atBound(spec.of, `${seed}${i}`))
    case 'dict':
      return Object.fromEntries(
        Array.from({ length: Math.min(ITEMS, spec.max) }, (_, i) => [
          longestText({ kind: 'text', max: 200, pattern: spec.keyPattern }, `${seed}${i}`),
          atBound(spec.of, `${seed}${i}`),
        ]),
      )
    case 'textOrList':
      return Array.from({ length: Math.min(ITEMS, spec.items) }, (_, i) => fill(`${seed}${i}`, PROSE, spec.max))
    case 'object':
      return Object.fromEntries(
        Object.entries(spec.fields).map(([key, field]) => [
          key,
          Object.hasOwn(fixed, key) ? fixed[key] : atBound(field, seed),
        ]),
      )
    case 'boolean':
      return true
    case 'unchecked':
      return null
  }
}

/** A text field found in a value built by atBound: where it is, as import errors name it, and its bound. */
export interface TextLeaf {
  /** As in an import error, e.g. `.respondents[0].name`. */
  path: string
  /** The keys to reach it in the value. */
  keys: (string | number)[]
  max: number
}

/** Every text field of a value built from a spec (ids and references included), with its bound. */
export function textLeaves(spec: Spec, value: unknown, path = '', keys: (string | number)[] = []): TextLeaf[] {
  switch (spec.kind) {
    case 'text':
      return [{ path, keys, max: spec.max }]
    case 'textOrList':
      return (value as string[]).map((_, i) => ({ path: `${path}[${i}]`, keys: [...keys, i], max: spec.max }))
    case 'list':
      return (value as unknown[]).flatMap((item, i) => textLeaves(spec.of, item, `${path}[${i}]`, [...keys, i]))
    case 'dict':
      return Object.entries(value as Record<string, unknown>).flatMap(([k, item]) =>
        textLeaves(spec.of, item, `${path}.${k}`, [...keys, k]),
      )
    case 'object':
      return Object.entries(spec.fields).flatMap(([k, field]) =>
        textLeaves(field, (value as Record<string, unknown>)[k], `${path}.${k}`, [...keys, k]),
      )
    default:
      return []
  }
}

/** Reads the text at the end of `keys`. */
export function textAt(value: unknown, keys: readonly (string | number)[]): string {
  let current: unknown = value
  for (const key of keys) current = (current as Record<string | number, unknown>)[key]
  if (typeof current !== 'string') throw new Error(`no text at ${keys.join('.')}`)
  return current
}

/** Replaces the text at the end of `keys` (in place). */
export function setTextAt(value: unknown, keys: readonly (string | number)[], text: string): void {
  let current: unknown = value
  for (const key of keys.slice(0, -1)) current = (current as Record<string | number, unknown>)[key]
  const last = keys[keys.length - 1]
  if (last === undefined) throw new Error('empty path')
  ;(current as Record<string | number, unknown>)[last] = text
}

const fieldsOf = (spec: Spec): Readonly<Record<string, Spec>> => (spec.kind === 'object' ? spec.fields : {})

function textSpec(spec: Spec | undefined): TextSpec {
  if (spec?.kind !== 'text') throw new Error('not a text spec')
  return spec
}

/** The questionnaire every record at bound answers: the example, under the longest id and version a definition may have. */
export function definitionAtBound(): QuestionnaireDefinition {
  const definition = miniDefinition()
  definition.id = longestText(textSpec(fieldsOf(ASSESSMENT_SPEC).questionnaireId), 'q')
  definition.version = longestText(textSpec(fieldsOf(ASSESSMENT_SPEC).questionnaireVersion), 'v')
  return definition
}

/**
 * A whole database at every bound: two records of each kind (two structures, an assessment of each,
 * two answers, action edits and user actions per assessment, a service per structure, two groups),
 * their ids themselves at their bound and pointing to each other.
 */
export function snapshotAtBound(): BackupSnapshot {
  const definition = definitionAtBound()
  const id = (seed: string) => longestText(textSpec(fieldsOf(STRUCTURE_SPEC).id), seed)
  const questionnaire = { questionnaireId: definition.id, questionnaireVersion: definition.version }
  const pair = ['0', '1']
  const structureIds = pair.map((n) => id(`s${n}`))
  const assessmentIds = pair.map((n) => id(`a${n}`))
  const forEachAssessment = <T>(make: (assessmentId: string, n: string) => T[]): T[] =>
    assessmentIds.flatMap((a, i) => make(a, pair[i] ?? ''))
  return {
    structures: structureIds.map((s, i) => atBound(STRUCTURE_SPEC, `s${i}`, { id: s }) as Structure),
    assessments: assessmentIds.map(
      (a, i) =>
        atBound(ASSESSMENT_SPEC, `a${i}`, { id: a, structureId: structureIds[i], ...questionnaire }) as Assessment,
    ),
    answers: forEachAssessment((a, n) =>
      pair.map((m) => atBound(ANSWER_SPEC, `r${n}${m}`, { assessmentId: a }) as Answer),
    ),
    actionEdits: forEachAssessment((a, n) =>
      pair.map((m) => atBound(ACTION_EDIT_SPEC, `e${n}${m}`, { assessmentId: a }) as StoredActionEdit),
    ),
    customActions: forEachAssessment((a, n) =>
      pair.map(
        (m) => atBound(CUSTOM_ACTION_SPEC, `c${n}${m}`, { id: id(`c${n}${m}`), assessmentId: a }) as StoredCustomAction,
      ),
    ),
    services: structureIds.map(
      (s, i) => atBound(SERVICE_SPEC, `v${i}`, { id: id(`v${i}`), structureId: s, ...questionnaire }) as ServiceRecord,
    ),
    groups: pair.map((n) => atBound(GROUP_SPEC, `g${n}`, { id: id(`g${n}`), structureIds }) as Group),
    definitions: [definition],
  }
}

/** The spec of each list of a backup's `data`, records only (definitions have their own validator). */
export const RECORD_SPECS: Readonly<Record<Exclude<keyof BackupSnapshot, 'definitions'>, Spec>> = {
  structures: STRUCTURE_SPEC,
  assessments: ASSESSMENT_SPEC,
  answers: ANSWER_SPEC,
  actionEdits: ACTION_EDIT_SPEC,
  customActions: CUSTOM_ACTION_SPEC,
  services: SERVICE_SPEC,
  groups: GROUP_SPEC,
}
