import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIELD_BOUNDS } from '@/domain/backup/bounds'

const ROOT = new URL('../../../src/', import.meta.url).pathname
const FOLDERS = ['components', 'views', 'survey']

function vueFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.vue'))
    .map((name) => join(folder, name))
}

/** Every `<input>` and `<textarea>` opening tag of a component's template, attributes included. */
function fieldTags(source: string): string[] {
  const template = source.slice(source.indexOf('<template'))
  return [...template.matchAll(/<(input|textarea)\b[^>]*>/g)].map((match) => match[0].replace(/\s+/g, ' '))
}

/** Text boxes, search boxes and text areas: an input with no type is a text box. */
function takesText(tag: string): boolean {
  if (tag.startsWith('<textarea')) return true
  const type = /\stype="([^"]+)"/.exec(tag)?.[1]
  return type === undefined ? !/\s:type=/.test(tag) : type === 'text' || type === 'search'
}

const fields = FOLDERS.flatMap(vueFiles).flatMap((file) =>
  fieldTags(readFileSync(join(ROOT, file), 'utf8')).map((tag) => ({ file, tag })),
)
const textFields = fields.filter(({ tag }) => takesText(tag))

describe('every text a user can type', () => {
  it('is found in the components, views and survey', () => {
    // The forms of the app: structure, action plan, user actions, report, service, grid, groups, search, comment.
    expect(new Set(textFields.map((f) => f.file)).size).toBeGreaterThanOrEqual(10)
  })

  it.each(textFields)('$file: $tag has a maxlength from FIELD_BOUNDS', ({ tag }) => {
    const bound = /\s:maxlength="FIELD_BOUNDS(?:\.(\w+)|\[[^\]]+\]\])"/.exec(tag)
    expect(bound, 'maxlength read from FIELD_BOUNDS (src/domain/backup/schema.ts)').not.toBeNull()
    // A bound named by its key must exist (one chosen by an expression is checked by vue-tsc).
    expect([...Object.keys(FIELD_BOUNDS), undefined]).toContain(bound?.[1])
  })

  it('uses each bound somewhere, so that none is left behind when a field goes', () => {
    const sources = FOLDERS.flatMap(vueFiles)
      .map((file) => readFileSync(join(ROOT, file), 'utf8'))
      .join('\n')
    for (const key of Object.keys(FIELD_BOUNDS))
      expect(sources.includes(`FIELD_BOUNDS.${key}`) || sources.includes(`'${key}'`), key).toBe(true)
  })
})
