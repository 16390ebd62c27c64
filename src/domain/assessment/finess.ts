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

/** Department code carried by a FINESS number (3 characters overseas, 2 otherwise). */
export function finessDepartment(finess: string): string {
  return finess.startsWith('97') || finess.startsWith('98') ? finess.slice(0, 3) : finess.slice(0, 2)
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
