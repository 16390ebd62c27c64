import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import Ajv2020 from 'ajv/dist/2020'
import { formatValidationErrors, validateDefinition } from '@/domain/validate-definition'

const dir = new URL('../../../questionnaires/', import.meta.url)
const schema = JSON.parse(readFileSync(new URL('questionnaire.schema.json', dir), 'utf8')) as object
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
const ajv = new Ajv2020({ allErrors: true, strict: false })
const validateSchema = ajv.compile(schema)

describe('built-in questionnaires', () => {
  it('ships at least one definition', () => {
    expect(files.length).toBeGreaterThan(0)
  })

  it.each(files)('%s validates against the JSON Schema', (file) => {
    const data = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as unknown
    const valid = validateSchema(data)
    expect(validateSchema.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it.each(files)('%s passes the app validator (ids, triggers, conditions)', (file) => {
    const data = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as unknown
    const result = validateDefinition(data, file.replace(/\.json$/, ''))
    expect(result.ok ? [] : formatValidationErrors(result.errors)).toEqual([])
  })

  it('the example fixture also validates against the JSON Schema', () => {
    const data = JSON.parse(readFileSync(new URL('../../fixtures/exemple-mini.json', import.meta.url), 'utf8')) as unknown
    expect(validateSchema(data)).toBe(true)
  })
})
