/**
 * Importing the files of many structures at once (a collectif SI gathering its members' backups).
 * The saved data is read once per batch into an index; each file is planned against the part of it
 * that the file touches, and what it writes is recorded in the index, so that the next file of the
 * batch sees it. Conflicts are resolved for the whole batch by one policy.
 */
import type { Answer, Assessment, Structure } from '../assessment/assessment'
import type { ServiceRecord } from '../conformity/conformity'
import type { BackupFile, StoredActionEdit, StoredCustomAction } from '../backup/backup'
import { conflictsOf, type ExistingData, type ImportPlan, type Resolution } from '../backup/import-plan'
import { countWrites, type ImportWrites, type RecordSet } from '../backup/resolve'
import type { DefinitionRef } from '../backup/validate'
import type { Group } from './group'

/** How a batch settles a record the file changed and this browser changed too. */
export type BatchPolicy = 'newest' | 'keep-mine'

/** What a file of the batch did: added its structure, updated it, found it the same, or kept the saved one. */
export type BatchOutcome = 'new' | 'updated' | 'identical' | 'kept'

/** The saved records, indexed by key, as the batch goes. */
export interface BatchIndex {
  structures: Map<string, Structure>
  assessments: Map<string, Assessment>
  /** By assessment id, then question id. */
  answers: Map<string, Map<string, Answer>>
  /** By assessment id, then action id. */
  actionEdits: Map<string, Map<string, StoredActionEdit>>
  customActions: Map<string, StoredCustomAction>
  services: Map<string, ServiceRecord>
  groups: Map<string, Group>
  definitions: Map<string, DefinitionRef>
}

const definitionKey = (d: { id: string; version: string }): string => `${d.id}@${d.version}`

function nested<T>(index: Map<string, Map<string, T>>, outer: string): Map<string, T> {
  let inner = index.get(outer)
  if (!inner) {
    inner = new Map()
    index.set(outer, inner)
  }
  return inner
}

/** Indexes what the database holds, once for the whole batch. */
export function indexExisting(existing: ExistingData): BatchIndex {
  const index: BatchIndex = {
    structures: new Map(existing.structures.map((s) => [s.id, s])),
    assessments: new Map(existing.assessments.map((a) => [a.id, a])),
    answers: new Map(),
    actionEdits: new Map(),
    customActions: new Map(existing.customActions.map((c) => [c.id, c])),
    services: new Map(existing.services.map((s) => [s.id, s])),
    groups: new Map(existing.groups.map((g) => [g.id, g])),
    definitions: new Map(existing.definitions.map((d) => [definitionKey(d), d])),
  }
  for (const a of existing.answers) nested(index.answers, a.assessmentId).set(a.questionId, a)
  for (const e of existing.actionEdits) nested(index.actionEdits, e.assessmentId).set(e.actionId, e)
  return index
}

function pick<T>(map: ReadonlyMap<string, T>, keys: Iterable<string>): T[] {
  const found: T[] = []
  for (const key of new Set(keys)) {
    const value = map.get(key)
    if (value) found.push(value)
  }
  return found
}

/**
 * The saved records a file can meet (same ids, and the children of its assessments): planning the
 * file against them gives the plan it would get against everything, at the cost of its own size.
 */
export function existingFor(index: BatchIndex, file: BackupFile): ExistingData {
  const data = file.data
  const assessmentIds = new Set(data.assessments.map((a) => a.id))
  for (const child of [...data.answers, ...data.actionEdits, ...data.customActions])
    assessmentIds.add(child.assessmentId)
  const children = <T>(map: Map<string, Map<string, T>>): T[] =>
    [...assessmentIds].flatMap((id) => [...(map.get(id)?.values() ?? [])])
  return {
    structures: pick(
      index.structures,
      data.structures.map((s) => s.id),
    ),
    assessments: pick(index.assessments, assessmentIds),
    answers: children(index.answers),
    actionEdits: children(index.actionEdits),
    customActions: pick(
      index.customActions,
      data.customActions.map((c) => c.id),
    ),
    services: pick(
      index.services,
      data.services.map((s) => s.id),
    ),
    groups: pick(
      index.groups,
      data.groups.map((g) => g.id),
    ),
    definitions: [...index.definitions.values()],
  }
}

/** Records in the index what an import wrote, so that the next file of the batch plans against it. */
export function recordWrites(index: BatchIndex, writes: ImportWrites): void {
  for (const [assessmentId, questionId] of writes.remove.answers) index.answers.get(assessmentId)?.delete(questionId)
  for (const [assessmentId, actionId] of writes.remove.actionEdits)
    index.actionEdits.get(assessmentId)?.delete(actionId)
  for (const id of writes.remove.customActions) index.customActions.delete(id)
  for (const set of [writes.add, writes.replace]) {
    for (const s of set.structures) index.structures.set(s.id, s)
    for (const a of set.assessments) index.assessments.set(a.id, a)
    for (const a of set.answers) nested(index.answers, a.assessmentId).set(a.questionId, a)
    for (const e of set.actionEdits) nested(index.actionEdits, e.assessmentId).set(e.actionId, e)
    for (const c of set.customActions) index.customActions.set(c.id, c)
    for (const s of set.services) index.services.set(s.id, s)
    for (const g of set.groups) index.groups.set(g.id, g)
  }
  for (const d of writes.definitions) index.definitions.set(definitionKey(d), { id: d.id, version: d.version })
}

/**
 * The resolution of every conflict of a plan under the batch's policy: « newest » keeps, record by
 * record and answer by answer, the version changed last (nothing saved is removed); « keep-mine »
 * keeps the saved version of every record the file changed.
 */
export function batchResolutions(plan: ImportPlan, policy: BatchPolicy): Record<string, Resolution> {
  const resolution: Resolution = policy === 'newest' ? 'newest-per-question' : 'keep-mine'
  return Object.fromEntries(conflictsOf(plan).map((c) => [c.key, resolution]))
}

/** What a file did, and how many answers it added or changed. */
export function batchOutcome(plan: ImportPlan, writes: ImportWrites): { outcome: BatchOutcome; answers: number } {
  const counts = countWrites(writes)
  const answers = writes.add.answers.length + writes.replace.answers.length
  const written = counts.added + counts.replaced + counts.removed
  if (plan.structures.added.length > 0 && plan.structures.unchanged.length + plan.structures.conflicts.length === 0)
    return { outcome: 'new', answers }
  if (written > 0) return { outcome: 'updated', answers }
  return { outcome: conflictsOf(plan).length > 0 ? 'kept' : 'identical', answers }
}

const emptySet = (): RecordSet => ({
  structures: [],
  assessments: [],
  answers: [],
  actionEdits: [],
  customActions: [],
  services: [],
  groups: [],
})

/** Nothing to write yet. */
export function emptyWrites(): ImportWrites {
  return {
    add: emptySet(),
    replace: emptySet(),
    remove: { answers: [], actionEdits: [], customActions: [] },
    definitions: [],
  }
}

/**
 * Adds a file's writes to those of the files before it, to write them together. Safe because the
 * index already holds the earlier files: a record one file adds, a later one can only replace.
 */
export function appendWrites(into: ImportWrites, writes: ImportWrites): void {
  for (const kind of ['add', 'replace'] as const)
    for (const key of Object.keys(into[kind]) as (keyof RecordSet)[])
      (into[kind][key] as unknown[]).push(...writes[kind][key])
  into.remove.answers.push(...writes.remove.answers)
  into.remove.actionEdits.push(...writes.remove.actionEdits)
  into.remove.customActions.push(...writes.remove.customActions)
  into.definitions.push(...writes.definitions)
}

/** Whether writes hold removals, which must not be written together with another file's additions. */
export function hasRemovals(writes: ImportWrites): boolean {
  const { remove } = writes
  return remove.answers.length + remove.actionEdits.length + remove.customActions.length > 0
}
