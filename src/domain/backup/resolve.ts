/**
 * Turning an import plan and the user's choices into the exact records to write.
 *
 * Rules (a saved record is never replaced or removed unless the chosen resolution says so):
 * - A record the file adds is added as it is. Its answers, action edits and user actions are added
 *   too; when leftovers of a deleted assessment hold the same keys, they are replaced.
 * - An unchanged record (same id, same content) is not written.
 * - For a conflict (same id, other content), by resolution:
 *   - « keep-mine » (the default): nothing is written;
 *   - « take-theirs »: the file's version replaces the saved one; for an assessment, the saved
 *     answers, action edits and user actions the file does not have are removed;
 *   - « keep-both »: the file's version is added beside the saved one with new ids and
 *     `importedFrom` set to its original id; an assessment copy keeps its structure, and its
 *     answers, edits and user actions are copied with it (user actions get new ids); a group copy
 *     lists the same structures;
 *   - « newest-per-question »: for an assessment, each question keeps the answer changed last, each
 *     action edit (by action id) and user action (by id) the version changed last, and the
 *     assessment record is the one changed last; for a service, each requirement and security need
 *     keeps the declaration changed last, the rest is the record changed last and the earlier
 *     declarations of both are kept; for a structure or a workshop group, the record changed last.
 *     On equal dates the saved version is kept.
 * - When a structure is kept twice, the records that come only from the file (added ones and
 *   « keep-both » copies: assessments, services, and the structures listed by groups) go with the
 *   file's copy of the structure. A group taken from the file in place of the saved one is written
 *   as the file has it.
 */
import type { Structure } from '../assessment/assessment'
import type { ServiceRecord, ServiceSnapshot } from '../conformity/conformity'
import type { QuestionnaireDefinition } from '../definition/definition'
import type { Group } from '../workshop/group'
import { canonicalJson, type BackupData } from './backup'
import { answerKey, editKey, type AssessmentBundle } from './assessment-bundle'
import type { ImportPlan, Resolution } from './import-plan'

/** Records of every kind a backup carries, questionnaire versions aside. */
export type RecordSet = Omit<BackupData, 'definitions'>

export interface ImportWrites {
  /** New records: written only where nothing is saved under the same key. */
  add: RecordSet
  /** Records replacing saved ones, as the user chose. */
  replace: RecordSet
  /** Saved records removed because the user took the file's version of their assessment. */
  remove: { answers: [string, string][]; actionEdits: [string, string][]; customActions: string[] }
  /** Questionnaire versions to save (never replacing a saved one). */
  definitions: QuestionnaireDefinition[]
}

export type Resolutions = Readonly<Record<string, Resolution | undefined>>

const emptySet = (): RecordSet => ({
  structures: [],
  assessments: [],
  answers: [],
  actionEdits: [],
  customActions: [],
  services: [],
  groups: [],
})

/** Number of records added, replaced and removed. */
export function countWrites(writes: ImportWrites): { added: number; replaced: number; removed: number } {
  const size = (set: RecordSet) => Object.values(set).reduce((n: number, list: unknown[]) => n + list.length, 0)
  return {
    added: size(writes.add),
    replaced: size(writes.replace),
    removed: writes.remove.answers.length + writes.remove.actionEdits.length + writes.remove.customActions.length,
  }
}

function isLater(theirs: string, mine: string): boolean {
  return Date.parse(theirs) > Date.parse(mine)
}

/** Per key, the record changed last; the saved one on equal dates. */
function newestByKey<T extends { updatedAt: string }>(
  mine: Readonly<Record<string, T>>,
  theirs: Readonly<Record<string, T>>,
): Record<string, T> {
  const merged: Record<string, T> = { ...mine }
  for (const [key, record] of Object.entries(theirs)) {
    const saved = Object.hasOwn(mine, key) ? mine[key] : undefined
    if (!saved || isLater(record.updatedAt, saved.updatedAt)) merged[key] = record
  }
  return merged
}

function mergeHistory(mine: readonly ServiceSnapshot[], theirs: readonly ServiceSnapshot[]): ServiceSnapshot[] {
  const seen = new Map<string, ServiceSnapshot>()
  for (const snapshot of [...mine, ...theirs]) seen.set(canonicalJson(snapshot), snapshot)
  return [...seen.values()].sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt))
}

/** The exact records to write for a plan and the user's choices (a missing choice keeps the saved version). */
export function applyResolutions(
  plan: ImportPlan,
  resolutions: Resolutions,
  options: { newId: () => string },
): ImportWrites {
  const writes: ImportWrites = {
    add: emptySet(),
    replace: emptySet(),
    remove: { answers: [], actionEdits: [], customActions: [] },
    definitions: [...plan.definitions],
  }
  const saved = plan.savedChildKeys
  const structureCopies = new Map<string, string>()
  const follow = (structureId: string): string => structureCopies.get(structureId) ?? structureId
  const choice = (key: string): Resolution => resolutions[key] ?? 'keep-mine'

  /** Adds a child record, or replaces the leftover saved under its key. */
  const addChildren = (bundle: Omit<AssessmentBundle, 'assessment'>): void => {
    for (const a of bundle.answers) (saved.answers.has(answerKey(a)) ? writes.replace : writes.add).answers.push(a)
    for (const e of bundle.actionEdits)
      (saved.actionEdits.has(editKey(e)) ? writes.replace : writes.add).actionEdits.push(e)
    for (const c of bundle.customActions)
      (saved.customActions.has(c.id) ? writes.replace : writes.add).customActions.push(c)
  }

  for (const structure of plan.structures.added) writes.add.structures.push(structure)
  for (const conflict of plan.structures.conflicts) {
    const resolution = choice(conflict.key)
    if (resolution === 'take-theirs' || (resolution === 'newest-per-question' && conflict.newer === 'theirs'))
      writes.replace.structures.push(conflict.theirs)
    else if (resolution === 'keep-both') {
      const copy: Structure = { ...conflict.theirs, id: options.newId(), importedFrom: conflict.theirs.id }
      structureCopies.set(conflict.theirs.id, copy.id)
      writes.add.structures.push(copy)
    }
  }

  for (const bundle of plan.assessments.added) {
    writes.add.assessments.push({ ...bundle.assessment, structureId: follow(bundle.assessment.structureId) })
    addChildren(bundle)
  }
  for (const conflict of plan.assessments.conflicts) {
    const { mine, theirs } = conflict
    const resolution = choice(conflict.key)
    if (resolution === 'take-theirs') {
      writes.replace.assessments.push(theirs.assessment)
      addChildren(theirs)
      const keep = (keys: string[]) => new Set(keys)
      const theirAnswers = keep(theirs.answers.map(answerKey))
      const theirEdits = keep(theirs.actionEdits.map(editKey))
      const theirCustom = keep(theirs.customActions.map((c) => c.id))
      for (const a of mine.answers)
        if (!theirAnswers.has(answerKey(a))) writes.remove.answers.push([a.assessmentId, a.questionId])
      for (const e of mine.actionEdits)
        if (!theirEdits.has(editKey(e))) writes.remove.actionEdits.push([e.assessmentId, e.actionId])
      for (const c of mine.customActions) if (!theirCustom.has(c.id)) writes.remove.customActions.push(c.id)
    } else if (resolution === 'keep-both') {
      const id = options.newId()
      writes.add.assessments.push({
        ...theirs.assessment,
        id,
        structureId: follow(theirs.assessment.structureId),
        importedFrom: theirs.assessment.id,
      })
      writes.add.answers.push(...theirs.answers.map((a) => ({ ...a, assessmentId: id })))
      writes.add.actionEdits.push(...theirs.actionEdits.map((e) => ({ ...e, assessmentId: id })))
      writes.add.customActions.push(
        ...theirs.customActions.map((c) => ({ ...c, id: options.newId(), assessmentId: id })),
      )
    } else if (resolution === 'newest-per-question') {
      if (isLater(theirs.assessment.updatedAt, mine.assessment.updatedAt))
        writes.replace.assessments.push(theirs.assessment)
      mergeNewest(mine.answers, theirs.answers, (a) => a.questionId, writes.add.answers, writes.replace.answers)
      mergeNewest(
        mine.actionEdits,
        theirs.actionEdits,
        (e) => e.actionId,
        writes.add.actionEdits,
        writes.replace.actionEdits,
      )
      mergeNewest(
        mine.customActions,
        theirs.customActions,
        (c) => c.id,
        writes.add.customActions,
        writes.replace.customActions,
      )
    }
  }

  for (const service of plan.services.added)
    writes.add.services.push({ ...service, structureId: follow(service.structureId) })
  for (const conflict of plan.services.conflicts) {
    const { mine, theirs } = conflict
    const resolution = choice(conflict.key)
    if (resolution === 'take-theirs') writes.replace.services.push(theirs)
    else if (resolution === 'keep-both')
      writes.add.services.push({
        ...theirs,
        id: options.newId(),
        structureId: follow(theirs.structureId),
        importedFrom: theirs.id,
      })
    else if (resolution === 'newest-per-question') {
      const base = isLater(theirs.updatedAt, mine.updatedAt) ? theirs : mine
      const merged: ServiceRecord = {
        ...base,
        requirements: newestByKey(mine.requirements, theirs.requirements),
        securityNeeds: newestByKey(mine.securityNeeds, theirs.securityNeeds),
        history: mergeHistory(mine.history, theirs.history),
      }
      if (canonicalJson(merged) !== canonicalJson(mine)) writes.replace.services.push(merged)
    }
  }

  const followAll = (group: Group): Group => ({ ...group, structureIds: group.structureIds.map(follow) })
  for (const group of plan.groups.added) writes.add.groups.push(followAll(group))
  for (const conflict of plan.groups.conflicts) {
    const resolution = choice(conflict.key)
    if (resolution === 'take-theirs' || (resolution === 'newest-per-question' && conflict.newer === 'theirs'))
      writes.replace.groups.push(conflict.theirs)
    else if (resolution === 'keep-both')
      writes.add.groups.push({ ...followAll(conflict.theirs), id: options.newId(), importedFrom: conflict.theirs.id })
  }
  return writes
}

/** Adds the file's records missing here and replaces the saved ones the file changed later. */
function mergeNewest<T extends { updatedAt: string }>(
  mine: readonly T[],
  theirs: readonly T[],
  keyOf: (r: T) => string,
  add: T[],
  replace: T[],
): void {
  const saved = new Map(mine.map((r) => [keyOf(r), r]))
  for (const record of theirs) {
    const current = saved.get(keyOf(record))
    if (!current) add.push(record)
    else if (isLater(record.updatedAt, current.updatedAt)) replace.push(record)
  }
}
