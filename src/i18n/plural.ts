/**
 * French plurals: 0 and 1 take the singular (« 0 structure », « 1 structure », « 2 structures »),
 * as Intl.PluralRules('fr') says; a non-integer below 2 too (« 1,5 jour »).
 */

const rules = new Intl.PluralRules('fr')

/** The singular form for a count of 0 or 1 (and anything below 2), the plural form otherwise. */
export function plural(count: number, singular: string, pluralForm: string): string {
  return rules.select(count) === 'one' ? singular : pluralForm
}

/**
 * The count followed by its noun, agreed: « 1 structure », « 3 structures ». Without a plural form,
 * the singular takes an « s ».
 */
export function countOf(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${plural(count, singular, pluralForm)}`
}
