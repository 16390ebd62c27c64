/**
 * Conflicts of an import: a record saved here that the file holds with other content, compared
 * field by field (a structure, a group), answer by answer (an assessment) or requirement by
 * requirement (a conformity grid), with which side changed last.
 */
import type { Structure } from '../assessment/assessment'
import type { ServiceRecord } from '../conformity/conformity'
import type { Group } from '../workshop/group'
import { bundleUpdatedAt, type AssessmentBundle } from './assessment-bundle'
import { canonicalJson } from './backup'
import type { AssessmentConflict, GroupConflict, NewerSide, ServiceConflict, StructureConflict } from './import-plan'

/** Compares ISO dates; the later one is newer. */
export function newerSide(mine: string, theirs: string): NewerSide {
  const a = Date.parse(mine)
  const b = Date.parse(theirs)
  return a === b ? 'same' : a > b ? 'mine' : 'theirs'
}

export function sameContent(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b)
}

/** Content without its change date (canonicalJson leaves undefined out): records differing only by when they were saved are alike. */
function withoutDate<T extends { updatedAt: string }>(record: T | undefined): unknown {
  return record && { ...record, updatedAt: undefined }
}

/** How many keys of two maps hold different content (missing on one side counts). */
function countDiffering<T extends { updatedAt: string }>(
  mine: ReadonlyMap<string, T>,
  theirs: ReadonlyMap<string, T>,
): number {
  let count = 0
  for (const key of new Set([...mine.keys(), ...theirs.keys()])) {
    if (!sameContent(withoutDate(mine.get(key)), withoutDate(theirs.get(key)))) count++
  }
  return count
}

export function mapBy<T>(records: readonly T[], keyOf: (record: T) => string): Map<string, T> {
  return new Map(records.map((record) => [keyOf(record), record]))
}

/** Fields of two versions of a record whose value differs, dates of creation and change left aside. */
function differingFields<T extends object>(mine: T, theirs: T): string[] {
  const ignored = new Set(['createdAt', 'updatedAt'])
  const keys = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].filter((k) => !ignored.has(k)).sort()
  return keys.filter((k) => !sameContent((mine as Record<string, unknown>)[k], (theirs as Record<string, unknown>)[k]))
}

/** A conflict between two versions of a record compared field by field (a structure, a group). */
function fieldConflict<K extends 'structure' | 'group', T extends { id: string; updatedAt: string }>(
  kind: K,
  mine: T,
  theirs: T,
) {
  return {
    kind,
    key: `${kind}:${mine.id}`,
    id: mine.id,
    mine,
    theirs,
    differingFields: differingFields(mine, theirs),
    newer: newerSide(mine.updatedAt, theirs.updatedAt),
    mineUpdatedAt: mine.updatedAt,
    theirsUpdatedAt: theirs.updatedAt,
  }
}

export const structureConflict = (mine: Structure, theirs: Structure): StructureConflict =>
  fieldConflict('structure', mine, theirs)
export const groupConflict = (mine: Group, theirs: Group): GroupConflict => fieldConflict('group', mine, theirs)

export function assessmentConflict(mine: AssessmentBundle, theirs: AssessmentBundle): AssessmentConflict {
  const mineAt = bundleUpdatedAt(mine)
  const theirsAt = bundleUpdatedAt(theirs)
  const byQuestion = (bundle: AssessmentBundle) => mapBy(bundle.answers, (a) => a.questionId)
  const byAction = (bundle: AssessmentBundle) => mapBy(bundle.actionEdits, (e) => e.actionId)
  const byCustom = (bundle: AssessmentBundle) => mapBy(bundle.customActions, (c) => c.id)
  return {
    kind: 'assessment',
    key: `assessment:${mine.assessment.id}`,
    id: mine.assessment.id,
    mine,
    theirs,
    differingAnswers: countDiffering(byQuestion(mine), byQuestion(theirs)),
    differingActions:
      countDiffering(byAction(mine), byAction(theirs)) + countDiffering(byCustom(mine), byCustom(theirs)),
    newer: newerSide(mineAt, theirsAt),
    mineUpdatedAt: mineAt,
    theirsUpdatedAt: theirsAt,
  }
}

export function serviceConflict(mine: ServiceRecord, theirs: ServiceRecord): ServiceConflict {
  const requirements = (s: ServiceRecord) => new Map(Object.entries(s.requirements))
  const needs = (s: ServiceRecord) => new Map(Object.entries(s.securityNeeds))
  return {
    kind: 'service',
    key: `service:${mine.id}`,
    id: mine.id,
    mine,
    theirs,
    differingRequirements:
      countDiffering(requirements(mine), requirements(theirs)) + countDiffering(needs(mine), needs(theirs)),
    newer: newerSide(mine.updatedAt, theirs.updatedAt),
    mineUpdatedAt: mine.updatedAt,
    theirsUpdatedAt: theirs.updatedAt,
  }
}
