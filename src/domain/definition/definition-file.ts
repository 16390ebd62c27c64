/** Reading a questionnaire definition file chosen by a user: JSON text in, a valid definition or its faults out. */
import type { QuestionnaireDefinition } from './definition'
import { validateDefinition, type ValidationIssue } from './validate'
import { canonicalJson } from '../backup/backup'

/** Result of loading a definition file: the definition, or its faults with the path of each field. */
export type ImportResult = { ok: true; definition: QuestionnaireDefinition } | { ok: false; errors: ValidationIssue[] }

/** Parses and validates the text of a definition file. */
export function checkDefinitionText(text: string): ImportResult {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    // The parser's own message is in the browser's language (English, most often): it is not shown.
    return { ok: false, errors: [{ path: '', code: 'not-json' }] }
  }
  const result = validateDefinition(parsed)
  return result.ok ? { ok: true, definition: result.definition } : { ok: false, errors: result.errors }
}

/** Whether two definitions hold the same content, whatever the order their keys were written in. */
export function sameDefinition(a: QuestionnaireDefinition, b: QuestionnaireDefinition): boolean {
  return canonicalJson(a) === canonicalJson(b)
}
