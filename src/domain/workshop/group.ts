/** Groups of structures compared in a workshop (a grappe, a collectif SI, the structures of an OG). */
import type { Assessment } from '../assessment/assessment'
import type { UsageEntry } from './funding-types'
import { FIELD_BOUNDS } from '../backup/bounds'
import { checkText, type FieldProblem } from '../assessment/field-problem'

export interface Group {
  id: string
  name: string
  structureIds: string[]
  ruleSetId: string
  /** Usage targets and observed values typed by the facilitator, by indicator id. */
  usageTargets: Record<string, UsageEntry>
  /** Set on a copy made by an import (« Garder les deux »): the id of the group it was copied from. */
  importedFrom?: string
  createdAt: string
  updatedAt: string
}

export interface GroupInput {
  name: string
  structureIds: readonly string[]
  ruleSetId: string
}

export type GroupFieldErrors = Partial<Record<keyof GroupInput, FieldProblem>>

export type GroupValidation = { ok: true; value: GroupInput } | { ok: false; errors: GroupFieldErrors }

/** Validates the group form: one problem code per faulty field. */
export function validateGroupInput(input: GroupInput, knownRuleSets: readonly string[]): GroupValidation {
  const errors: GroupFieldErrors = {}
  const name = input.name.trim()
  const nameProblem = checkText(name, FIELD_BOUNDS.groupName, true)
  if (nameProblem) errors.name = nameProblem
  const structureIds = [...new Set(input.structureIds)]
  if (structureIds.length === 0) errors.structureIds = { code: 'required' }
  if (!knownRuleSets.includes(input.ruleSetId)) errors.ruleSetId = { code: 'not-in-list' }
  return Object.keys(errors).length
    ? { ok: false, errors }
    : { ok: true, value: { name, structureIds, ruleSetId: input.ruleSetId } }
}

/**
 * The assessment a group compares for a structure: among its assessments of the given kind of
 * questionnaire (completed or in progress), the most recently created, ties broken by last change.
 */
export function latestAssessment(
  assessments: readonly Assessment[],
  structureId: string,
  accept: (assessment: Assessment) => boolean = () => true,
): Assessment | undefined {
  return assessments
    .filter((a) => a.structureId === structureId && accept(a))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.updatedAt.localeCompare(a.updatedAt))[0]
}

/** Parses a number typed in French (« 12,5 ») or English; null when empty or not a number. */
export function parseTypedNumber(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.')
  if (!cleaned) return null
  const n = Number(cleaned)
  return Number.isFinite(n) ? n : null
}
