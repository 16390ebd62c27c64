/** The id of a field's character count (TextCount.vue), for the field's `aria-describedby`. */
export function textCountId(fieldId: string): string {
  return `${fieldId}-count`
}

/** A field's `aria-describedby`: its count's id after the other ids it already names. */
export function describedWithCount(fieldId: string, others?: string): string {
  return [others, textCountId(fieldId)].filter(Boolean).join(' ')
}
