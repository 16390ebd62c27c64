import { describe, expect, it } from 'vitest'
import { checkDefinitionText } from '@/domain/definition/definition-file'
import { formatValidationErrors } from '@/i18n/fr-validation'
import { miniDefinition } from '../../fixtures'

describe('checkDefinitionText', () => {
  it('refuses a file that is not JSON with a French message', () => {
    const result = checkDefinitionText('{ pas du json')
    expect(result).toEqual({ ok: false, errors: [{ path: '', code: 'not-json' }] })
    expect(!result.ok && formatValidationErrors(result.errors)).toEqual([
      expect.stringMatching(/^\(fichier\)\u00a0: le fichier n’est pas un JSON valide/),
    ])
  })
  it('never shows the parser’s own message, which is in the browser’s language', () => {
    for (const text of ['{ pas du json', 'Bonjour', '{"id": "x",}', '']) {
      let parserMessage = ''
      try {
        JSON.parse(text)
      } catch (error) {
        parserMessage = (error as Error).message
      }
      const result = checkDefinitionText(text)
      expect(result.ok).toBe(false)
      if (result.ok) continue
      const messages = formatValidationErrors(result.errors)
      expect(messages).toHaveLength(1)
      expect(messages[0]).not.toContain(parserMessage)
      expect(messages[0]).not.toMatch(/Unexpected|position|JSON\.parse|token/i)
    }
  })
  it('lists every validation error with the path of the field', () => {
    const faulty = { ...miniDefinition(), title: '', version: 'un' }
    const result = checkDefinitionText(JSON.stringify(faulty))
    const errors = result.ok ? [] : formatValidationErrors(result.errors)
    expect(result.ok).toBe(false)
    expect(errors).toContain('.title\u00a0: ne doit pas être vide')
    expect(errors.some((e) => e.startsWith('.version\u00a0: format invalide'))).toBe(true)
  })
  it('accepts a valid definition', () => {
    const result = checkDefinitionText(JSON.stringify(miniDefinition()))
    expect(result.ok && result.definition.id).toBe('exemple-mini')
  })
})
