/** Text helpers shared by searches and file names. */

/** The text with its accents removed: « Établissement » → « Etablissement ». */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
}
