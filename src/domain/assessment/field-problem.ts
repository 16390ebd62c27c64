/** What is wrong with one field of a form, as a code: src/i18n words it for the field and the form. */
import type { FinessProblem } from './finess'

export type FieldProblem =
  | { code: 'required' }
  | { code: 'too-long'; max: number }
  /** The value is not one of the choices the form offers. */
  | { code: 'not-in-list' }
  /** Not a whole number of places from 0 to 100,000. */
  | { code: 'not-a-count' }
  /** Not a calendar day (YYYY-MM-DD). */
  | { code: 'not-a-date' }
  | { code: 'finess'; problem: FinessProblem; length: number }

/** 'required' for an empty text, 'too-long' beyond `max` characters, null otherwise. */
export function checkText(text: string, max: number, required: boolean): FieldProblem | null {
  if (required && text.trim() === '') return { code: 'required' }
  return text.length > max ? { code: 'too-long', max } : null
}
