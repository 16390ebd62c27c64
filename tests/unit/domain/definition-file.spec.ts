import { describe, expect, it } from 'vitest'
import { checkDefinitionText } from '@/domain/definition-file'
import { miniDefinition } from '../fixtures'

describe('checkDefinitionText', () => {
  it('refuses a file that is not JSON with a French message', () => {
    const result = checkDefinitionText('{ pas du json')
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^\(fichier\) : le fichier n’est pas un JSON valide/)] })
  })
  it('lists every validation error with the path of the field', () => {
    const faulty = { ...miniDefinition(), title: '', version: 'un' }
    const result = checkDefinitionText(JSON.stringify(faulty))
    const errors = result.ok ? [] : result.errors
    expect(result.ok).toBe(false)
    expect(errors.some((e) => e.startsWith('.title : '))).toBe(true)
    expect(errors.some((e) => e.startsWith('.version : '))).toBe(true)
  })
  it('accepts a valid definition', () => {
    const result = checkDefinitionText(JSON.stringify(miniDefinition()))
    expect(result.ok && result.definition.id).toBe('exemple-mini')
  })
})
