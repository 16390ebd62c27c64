import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import Ajv2020 from 'ajv/dist/2020'
import { validateDefinition } from '@/domain/definition/validate'
import { formatValidationErrors } from '@/i18n/fr-validation'

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
    const data = JSON.parse(
      readFileSync(new URL('../../fixtures/exemple-mini.json', import.meta.url), 'utf8'),
    ) as unknown
    expect(validateSchema(data)).toBe(true)
  })

  it('the JSON Schema describes profile facts and prerequisites as the validator does', () => {
    const base = JSON.parse(readFileSync(new URL('../../fixtures/exemple-mini.json', import.meta.url), 'utf8')) as {
      profile?: unknown[]
      domains: { questions: Record<string, unknown>[] }[]
      actions: Record<string, unknown>[]
    }
    const fact = {
      id: 'soins',
      text: 'Une équipe soignante ?',
      help: 'Infirmiers.',
      trueFor: ['EHPAD'],
      falseFor: ['CHRS'],
      reasonWhenFalse: 'structure sans équipe soignante',
    }
    const variant = (change: (d: typeof base) => void) => {
      const copy = structuredClone(base)
      copy.profile = [structuredClone(fact)]
      copy.domains[0]!.questions[0]!.requiresProfile = ['soins']
      copy.actions[1]!.requires = ['act-schema']
      change(copy)
      return copy
    }
    const accepted = variant(() => undefined)
    expect(validateSchema(accepted)).toBe(true)
    expect(validateDefinition(accepted).ok).toBe(true)
    for (const wrong of [
      variant((d) => ((d.profile![0] as { trueFor: string[] }).trueFor = ['Clinique'])),
      variant((d) => (d.actions[1]!.requires = [])),
      variant((d) => (d.domains[0]!.questions[0]!.requiresProfile = ['soins', 'soins'])),
      variant((d) => delete (d.profile![0] as Record<string, unknown>).reasonWhenFalse),
    ]) {
      expect(validateSchema(wrong)).toBe(false)
      expect(validateDefinition(wrong).ok).toBe(false)
    }
  })
})
