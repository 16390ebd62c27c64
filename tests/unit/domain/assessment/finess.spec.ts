import { describe, expect, it } from 'vitest'
import {
  checkFiness,
  compareDepartments,
  countByDepartment,
  finessDepartment,
  luhnValid,
} from '@/domain/assessment/finess'
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

  it('reads the département of a mainland number from its first two digits', () => {
    expect(finessDepartment('010000586')).toBe('01')
    expect(finessDepartment('130783129')).toBe('13')
    expect(finessDepartment('590780060')).toBe('59')
    expect(finessDepartment('950012344')).toBe('95')
  })

  it('reads Corsica as 2A or 2B, whatever the case and the spaces typed', () => {
    expect(finessDepartment('2A0000123')).toBe('2A')
    expect(finessDepartment('2b 000 0456')).toBe('2B')
  })

  it('reads the overseas département from the fourth digit of a number starting with 970', () => {
    // Each with a right Luhn key, as the overseas hospital centres' numbers are written.
    expect(finessDepartment('970100228')).toBe('971')
    expect(finessDepartment('970211207')).toBe('972')
    expect(finessDepartment('970302121')).toBe('973')
    expect(finessDepartment('970421038')).toBe('974')
    expect(checkFiness('970421038')).toEqual({ status: 'valid', normalized: '970421038', department: '974' })
  })

  it('reads Saint-Pierre-et-Miquelon and Mayotte from their first three digits', () => {
    expect(finessDepartment('975000043')).toBe('975')
    expect(finessDepartment('976000281')).toBe('976')
  })
})

describe('countByDepartment', () => {
  it('counts the numbers of each département, in the usual order: Corsica after 19, overseas last', () => {
    const numbers = ['970421038', '590780060', '2B0000456', '190000012', '590780060', '2A0000123', '210000011']
    expect(countByDepartment(numbers)).toEqual([
      { department: '19', count: 1 },
      { department: '2A', count: 1 },
      { department: '2B', count: 1 },
      { department: '21', count: 1 },
      { department: '59', count: 2 },
      { department: '974', count: 1 },
    ])
  })

  it('lists nothing for no numbers', () => {
    expect(countByDepartment([])).toEqual([])
  })
})

describe('compareDepartments', () => {
  it('puts 971 after 95 and 9 before 10, not in the order of the characters', () => {
    expect(['971', '10', '95', '2A', '09'].sort(compareDepartments)).toEqual(['09', '10', '2A', '95', '971'])
  })
})
