/** Reading a questionnaire definition file chosen by a user: JSON text in, a valid definition or French errors out. */
import type { QuestionnaireDefinition } from './definition'
import { formatValidationErrors, validateDefinition } from './validate'
import { canonicalJson } from '../backup/backup'

/** Result of loading a definition file: the saved definition, or the list of errors in French. */
export type ImportResult = { ok: true; definition: QuestionnaireDefinition } | { ok: false; errors: string[] }

/** Parses and validates the text of a definition file; errors carry the path of the faulty field. */
export function checkDefinitionText(text: string): ImportResult {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    // The parser's own message is in the browser's language (English, most often): it is not shown.
    return {
      ok: false,
      errors: [
        '(fichier) : le fichier n’est pas un JSON valide (il est peut-être tronqué, ou ce n’est pas un questionnaire CapSI)',
      ],
    }
  }
  const result = validateDefinition(parsed)
  return result.ok
    ? { ok: true, definition: result.definition }
    : { ok: false, errors: formatValidationErrors(result.errors) }
}

/** Whether two definitions hold the same content, whatever the order their keys were written in. */
export function sameDefinition(a: QuestionnaireDefinition, b: QuestionnaireDefinition): boolean {
  return canonicalJson(a) === canonicalJson(b)
}
