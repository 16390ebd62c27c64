/** Numbers as French readers write them: a decimal comma, and a level out of the top of the scale. */
import { scaleBounds, type QuestionnaireDefinition } from '@/domain/definition'
import { plural } from './plural'

/** A number with one decimal and a decimal comma, as French readers expect: 3.25 → « 3,3 ». */
export function formatDecimal(value: number): string {
  return value.toFixed(1).replace('.', ',')
}

/** A level out of the top of the scale: « 3,2 / 4 ». */
export function formatLevel(definition: QuestionnaireDefinition, value: number): string {
  return `${formatDecimal(value)} / ${scaleBounds(definition).max}`
}

/** A number typed or shown in a field, with a decimal comma and as many decimals as it has: 12.5 → « 12,5 ». */
export function formatTyped(value: number): string {
  return String(value).replace('.', ',')
}

/**
 * Names in running text, at most `shown` of them, then how many more: « A, B, C et 12 autres ».
 * Keeps a report cell short whatever the size of the group.
 */
export function nameList(names: readonly string[], shown = 5): string {
  if (names.length <= shown) return names.join(', ')
  const rest = names.length - shown
  return `${names.slice(0, shown).join(', ')} et ${rest} ${plural(rest, 'autre', 'autres')}`
}
