/**
 * Records filled at every bound of the backup schema, built by walking its specs: the longest texts,
 * the highest numbers, the last day, every optional field, two items per list or dictionary. A field
 * added to a record type must be given a spec (backup-schema.ts does not compile otherwise), and is
 * then filled and checked here without a line to write.
 */
import type { Answer, Assessment, Structure } from '@/domain/assessment/assessment'
import type { BackupSnapshot, StoredActionEdit, StoredCustomAction } from '@/domain/backup/backup'
import {
  ACTION_EDIT_SPEC,
  ANSWER_SPEC,
  ASSESSMENT_SPEC,
  CUSTOM_ACTION_SPEC,
  DAY_MAX,
  GROUP_SPEC,
  SERVICE_SPEC,
  STRUCTURE_SPEC,
  type Spec,
} from '@/domain/backup/schema'
import type { ServiceRecord } from '@/domain/conformity'
import type { QuestionnaireDefinition } from '@/domain/definition/definition'
import type { Group } from '@/domain/workshop/group'
import { miniDefinition } from './fixtures'

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
          longestText({ kind: 'text', max: 200, pattern: /^[A-Za-z0-9][A-Za-z0-9._:-]*$/ }, `${seed}${i}`),
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
