/**
 * FINESS numbers: 9 characters, a department code first (2A/2B for Corsica, 97x overseas), a
 * sequence and a check key computed with the Luhn algorithm over the whole number.
 * Corsican numbers contain letters: how the key treats them could not be confirmed, so they are
 * accepted with a warning instead of being refused.
 */

/**
 * Why a FINESS number is refused: 'missing' (nothing typed), 'length' (not 9 characters), 'characters'
 * (not digits, or 2A / 2B then digits), 'key' (the check key does not match).
 */
export type FinessProblem = 'missing' | 'length' | 'characters' | 'key'

/** 'unverified': a Corsican number, whose check key cannot be verified; accepted with a warning. */
export type FinessCheck =
  | { status: 'valid'; normalized: string; department: string }
  | { status: 'unverified'; normalized: string; department: string }
  | { status: 'invalid'; problem: FinessProblem; /** Characters typed, spaces left out. */ length: number }

/** True when the digits pass the Luhn check (the last digit being the key). */
export function luhnValid(digits: string): boolean {
  if (!/^[0-9]+$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits.charAt(digits.length - 1 - i))
    if (i % 2 === 1) {
      n *= 2
      if (n > 9) n -= 9
    }
    sum += n
  }
  return sum % 10 === 0
}

/**
 * The département of a FINESS number (spaces ignored). Its first two characters are the département
 * in mainland France (01 to 95, 2A and 2B for Corsica). Overseas the number starts with « 970 » and
 * its fourth digit says which: 9701… Guadeloupe (971), 9702… Martinique (972), 9703… Guyane (973),
 * 9704… La Réunion (974); Saint-Pierre-et-Miquelon and Mayotte are numbered 975… and 976…, the other
 * overseas collectivities 98x….
 */
export function finessDepartment(finess: string): string {
  const number = finess.replace(/\s+/g, '').toUpperCase()
  if (/^970[1-4]/.test(number)) return `97${number.charAt(3)}`
  if (number.startsWith('97') || number.startsWith('98')) return number.slice(0, 3)
  return number.slice(0, 2)
}

/** Where a département comes in the usual order: 19, 2A, 2B, 21… 95, 971… */
function departmentRank(department: string): number {
  if (department === '2A') return 20.1
  if (department === '2B') return 20.2
  return /^[0-9]+$/.test(department) ? Number(department) : Number.POSITIVE_INFINITY
}

/** Compares two départements in the usual order (a code that is none comes last, alphabetically). */
export function compareDepartments(a: string, b: string): number {
  return departmentRank(a) - departmentRank(b) || a.localeCompare(b)
}

/** The départements of some FINESS numbers, each with how many numbers it holds, in the usual order. */
export function countByDepartment(finessNumbers: Iterable<string>): { department: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const finess of finessNumbers) {
    const department = finessDepartment(finess)
    counts.set(department, (counts.get(department) ?? 0) + 1)
  }
  return [...counts]
    .map(([department, count]) => ({ department, count }))
    .sort((a, b) => compareDepartments(a.department, b.department))
}

/** Checks a FINESS number typed by a user (spaces are ignored). */
export function checkFiness(input: string): FinessCheck {
  const normalized = input.replace(/\s+/g, '').toUpperCase()
  const length = normalized.length
  if (length === 0) return { status: 'invalid', problem: 'missing', length }
  if (length !== 9) return { status: 'invalid', problem: 'length', length }
  if (/^2[AB][0-9]{7}$/.test(normalized))
    return { status: 'unverified', normalized, department: normalized.slice(0, 2) }
  if (!/^[0-9]{9}$/.test(normalized)) return { status: 'invalid', problem: 'characters', length }
  if (!luhnValid(normalized)) return { status: 'invalid', problem: 'key', length }
  return { status: 'valid', normalized, department: finessDepartment(normalized) }
}
