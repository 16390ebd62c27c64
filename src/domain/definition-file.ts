/** Reading a questionnaire definition file chosen by a user: JSON text in, a valid definition or French errors out. */
import type { QuestionnaireDefinition } from './definition'
import { formatValidationErrors, validateDefinition } from './validate-definition'

/** Result of loading a definition file: the saved definition, or the list of errors in French. */
export type ImportResult = { ok: true; definition: QuestionnaireDefinition } | { ok: false; errors: string[] }

/** Parses and validates the text of a definition file; errors carry the path of the faulty field. */
export function checkDefinitionText(text: string): ImportResult {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : ''
    return { ok: false, errors: [`(fichier) : le fichier n’est pas un JSON valide${detail ? ` (${detail})` : ''}`] }
  }
  const result = validateDefinition(parsed)
  return result.ok ? { ok: true, definition: result.definition } : { ok: false, errors: formatValidationErrors(result.errors) }
}
