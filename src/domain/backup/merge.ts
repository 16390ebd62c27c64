/**
 * Planning the import of a validated backup file into the saved data: what is new, what is already
 * there unchanged, and what conflicts, without writing anything. Applying the user's choices is in
 * resolve.ts.
 */
import { bundleAssessments, answerKey, editKey } from './assessment-bundle'
import { canonicalJson, type BackupFile } from './backup'
import { assessmentConflict, groupConflict, mapBy, sameContent, serviceConflict, structureConflict } from './conflicts'
import type { ConflictBase, ExistingData, ImportPlan, Partition } from './import-plan'

function partition<T, C>(
  theirs: readonly T[],
  mine: ReadonlyMap<string, T>,
  idOf: (record: T) => string,
  conflict: (mine: T, theirs: T) => C,
): Partition<T, C> {
  const result: Partition<T, C> = { added: [], unchanged: [], conflicts: [] }
  for (const record of theirs) {
    const saved = mine.get(idOf(record))
    if (!saved) result.added.push(record)
    else if (sameContent(saved, record)) result.unchanged.push(record)
    else result.conflicts.push(conflict(saved, record))
  }
  return result
}

/** Compares a validated file with the saved data; writes nothing. */
export function planImport(file: BackupFile, existing: ExistingData): ImportPlan {
  const data = file.data
  const savedBundles = mapBy(bundleAssessments(existing), (b) => b.assessment.id)
  const available = new Set(existing.definitions.map((d) => `${d.id}@${d.version}`))
  return {
    scope: file.scope,
    exportedAt: file.exportedAt,
    appVersion: file.appVersion,
    structures: partition(
      data.structures,
      mapBy(existing.structures, (s) => s.id),
      (s) => s.id,
      structureConflict,
    ),
    assessments: partition(bundleAssessments(data), savedBundles, (b) => b.assessment.id, assessmentConflict),
    services: partition(
      data.services,
      mapBy(existing.services, (s) => s.id),
      (s) => s.id,
      serviceConflict,
    ),
    groups: partition(
      data.groups,
      mapBy(existing.groups, (g) => g.id),
      (g) => g.id,
      groupConflict,
    ),
    definitions: data.definitions.filter((d) => !available.has(`${d.id}@${d.version}`)),
    savedChildKeys: {
      answers: new Set(existing.answers.map(answerKey)),
      actionEdits: new Set(existing.actionEdits.map(editKey)),
      customActions: new Set(existing.customActions.map((c) => c.id)),
    },
    // Without a prototype: a structure id such as « constructor » finds its own name, nothing else.
    structureNames: Object.assign(
      Object.create(null) as Record<string, string>,
      Object.fromEntries([...data.structures, ...existing.structures].map((s) => [s.id, s.name])),
    ),
    questionnaireTitles: Object.assign(
      Object.create(null) as Record<string, string>,
      Object.fromEntries(data.definitions.map((d) => [`${d.id}@${d.version}`, d.title])),
    ),
  }
}

/**
 * A fingerprint of what a plan found: which records are added, unchanged or in conflict, and when
 * the saved side of each conflict last changed. Two plans with the same fingerprint show the user
 * the same preview, so a change of fingerprint between preview and import means « look again ».
 */
export function planSignature(plan: ImportPlan): string {
  const part = <T, C extends ConflictBase>(p: Partition<T, C>, idOf: (record: T) => string) => ({
    added: p.added.map(idOf),
    unchanged: p.unchanged.map(idOf),
    conflicts: p.conflicts.map((c) => `${c.key}@${c.mineUpdatedAt}`),
  })
  return canonicalJson({
    structures: part(plan.structures, (s) => s.id),
    assessments: part(plan.assessments, (b) => b.assessment.id),
    services: part(plan.services, (s) => s.id),
    groups: part(plan.groups, (g) => g.id),
  })
}
