/**
 * FINESS numbers: 9 characters, a department code first (2A/2B for Corsica, 97x overseas), a
 * sequence and a check key computed with the Luhn algorithm over the whole number.
 * Corsican numbers contain letters: how the key treats them could not be confirmed, so they are
 * accepted with a warning instead of being refused.
 */

export type FinessCheck =
  | { status: 'valid'; normalized: string; department: string }
  | { status: 'unverified'; normalized: string; department: string; message: string }
  | { status: 'invalid'; message: string }

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
  if (normalized.length === 0) return { status: 'invalid', message: 'Le numéro FINESS est obligatoire.' }
  if (normalized.length !== 9) {
    return {
      status: 'invalid',
      message: `Le numéro FINESS compte 9 caractères (vous en avez saisi ${normalized.length}).`,
    }
  }
  if (/^2[AB][0-9]{7}$/.test(normalized)) {
    return {
      status: 'unverified',
      normalized,
      department: normalized.slice(0, 2),
      message:
        'Numéro corse : la clé de contrôle n’a pas pu être vérifiée. Vérifiez-le sur votre arrêté d’autorisation.',
    }
  }
  if (!/^[0-9]{9}$/.test(normalized)) {
    return {
      status: 'invalid',
      message: 'Le numéro FINESS ne contient que des chiffres (ou 2A / 2B en tête pour la Corse).',
    }
  }
  if (!luhnValid(normalized)) {
    return {
      status: 'invalid',
      message:
        'Ce numéro FINESS n’est pas valide : la clé de contrôle (dernier chiffre) ne correspond pas. Vérifiez la saisie.',
    }
  }
  return { status: 'valid', normalized, department: finessDepartment(normalized) }
}
