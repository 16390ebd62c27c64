/**
 * Validates an untrusted questionnaire definition: first against questionnaires/questionnaire.schema.json
 * (by the validator generated from it, `npm run generate`), then, once the shape is right, what a
 * schema cannot express (semantic-checks.ts). Every fault is a code with the path of its field;
 * src/i18n/fr-validation.ts words them.
 */
// With their extension: vite.config.ts imports this file, and Vite's coming loader for its config
// (`configLoader: 'native'`) needs every import's extension.
import type { QuestionnaireDefinition } from './definition.ts'
import validateSchema from './generated/questionnaire-validator.js'
import { issuesFromSchema, type ValidationIssue } from './schema-issues.ts'
import { Findings, checkDimensionsAndProfile, checkDomains, checkScale } from './semantic-checks.ts'
import { checkActions } from './action-checks.ts'
import { checkConformity } from './conformity-checks.ts'

export type { IssueCode, IssueParams, ValidationIssue } from './schema-issues.ts'
export { excerpt } from './schema-issues.ts'

export type ValidationResult =
  { ok: true; definition: QuestionnaireDefinition } | { ok: false; errors: ValidationIssue[] }

/** The most issues listed: a hostile file cannot make the list endless. */
export const MAX_DEFINITION_ISSUES = 200

/**
 * Validates a parsed JSON value as a questionnaire definition.
 * @param expectedId when given (file name without extension), the definition's id must equal it.
 */
export function validateDefinition(input: unknown, expectedId?: string): ValidationResult {
  const errors: ValidationIssue[] = validateSchema(input) ? [] : issuesFromSchema(validateSchema.errors, input)
  const id = typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : undefined
  if (expectedId !== undefined && typeof id === 'string' && id !== expectedId)
    errors.push({ path: '.id', code: 'id-mismatch', params: { value: id, name: expectedId } })
  if (errors.length === 0) errors.push(...semanticIssues(input as QuestionnaireDefinition))
  return errors.length === 0
    ? { ok: true, definition: input as QuestionnaireDefinition }
    : { ok: false, errors: errors.slice(0, MAX_DEFINITION_ISSUES) }
}

/** The faults of a definition whose shape is right. */
function semanticIssues(definition: QuestionnaireDefinition): ValidationIssue[] {
  const f = new Findings()
  const scale = checkScale(f, definition)
  const known = checkDimensionsAndProfile(f, definition)
  const questions = checkDomains(f, definition, scale, known)
  checkActions(f, definition, questions, scale)
  checkConformity(f, definition, scale)
  return f.issues
}
