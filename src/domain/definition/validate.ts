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
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return refused(errors)
  const id = (input as { id?: unknown }).id
  if (expectedId !== undefined && typeof id === 'string' && id !== expectedId)
    errors.push({ path: '.id', code: 'id-mismatch', params: { value: id, name: expectedId } })
  // A file with faults of shape is also checked for the rest, so that one reading lists what to
  // mend; a fault found inside a field the schema already refused is left to the schema's message.
  const faulty = errors.map((issue) => issue.path)
  const inside = (path: string) =>
    faulty.some((f) => path === f || path.startsWith(`${f}.`) || path.startsWith(`${f}[`))
  errors.push(...semanticIssues(input as QuestionnaireDefinition).filter((issue) => !inside(issue.path)))
  return errors.length === 0 ? { ok: true, definition: input as QuestionnaireDefinition } : refused(errors)
}

function refused(errors: ValidationIssue[]): ValidationResult {
  return { ok: false, errors: errors.slice(0, MAX_DEFINITION_ISSUES) }
}

/**
 * The faults the schema cannot see. On a definition of the wrong shape a check may stop on a
 * missing part: the checks that build on its result are then left out rather than misled.
 */
function semanticIssues(definition: QuestionnaireDefinition): ValidationIssue[] {
  const f = new Findings()
  const run = <T>(check: () => T): T | undefined => {
    try {
      return check()
    } catch {
      return undefined
    }
  }
  const scale = run(() => checkScale(f, definition))
  if (!scale) return f.issues
  const known = run(() => checkDimensionsAndProfile(f, definition))
  const questions = known && run(() => checkDomains(f, definition, scale, known))
  if (questions) run(() => checkActions(f, definition, questions, scale))
  run(() => checkConformity(f, definition, scale))
  return f.issues
}
