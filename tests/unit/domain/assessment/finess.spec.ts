import { describe, expect, it } from 'vitest'
import { checkFiness, finessDepartment, luhnValid } from '@/domain/assessment/finess'
import { FINESS_PROBLEMS } from '@/i18n/fr-fields'

describe('checkFiness', () => {
  it('accepts a number whose Luhn key is right', () => {
    expect(checkFiness('750712184')).toEqual({ status: 'valid', normalized: '750712184', department: '75' })
  })

  it('ignores spaces typed by the user', () => {
    expect(checkFiness(' 750 712 184 ')).toMatchObject({ status: 'valid', normalized: '750712184' })
  })

  it('refuses a number whose key does not match, with a French message', () => {
    const result = checkFiness('750712185')
    expect(result.status).toBe('invalid')
    expect(result.status === 'invalid' && FINESS_PROBLEMS[result.problem](result.length)).toMatch(/clé de contrôle/)
  })

  it('refuses a number of the wrong length and says how many characters were typed', () => {
    const result = checkFiness('75071218')
    expect(result.status === 'invalid' && FINESS_PROBLEMS[result.problem](result.length)).toMatch(/9 caractères.*8/)
  })

  it('refuses letters outside the Corsican prefix', () => {
    expect(checkFiness('75071A184').status).toBe('invalid')
  })

  it('accepts Corsican numbers with a warning instead of refusing them', () => {
    const result = checkFiness('2A0000010')
    expect(result.status).toBe('unverified')
    expect(result.status === 'unverified' && result.department).toBe('2A')
  })

  it('refuses an empty number', () => {
    expect(checkFiness('').status).toBe('invalid')
  })
})

describe('luhnValid and finessDepartment', () => {
  it('computes the Luhn check over the whole number', () => {
    expect(luhnValid('79927398713')).toBe(true)
    expect(luhnValid('79927398710')).toBe(false)
  })

  it('reads a three-digit department overseas', () => {
    expect(finessDepartment('970000000')).toBe('970')
    expect(finessDepartment('130000000')).toBe('13')
  })
})
