import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { STRUCTURE_CATEGORIES } from '@/domain/assessment'

const ROOT = new URL('../../../src/domain', import.meta.url).pathname

/** Accented letters, French quotes or apostrophe, or a common French word between two other words. */
const FRENCH = /[À-ÿ’«»]|\b(le|la|les|des|du|une|est|pour|pas|dans|avec|sur)\s+\p{L}/iu

/** Stored values that are also shown: the structure categories, saved in records and named in content files. */
const STORED = new Set<string>(STRUCTURE_CATEGORIES)

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  )
}

/** The text of every string literal and template literal part of a source file. */
export function literalsOf(source: string): string[] {
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text)
    else if (ts.isTemplateExpression(node)) found.push(node.head.text, ...node.templateSpans.map((s) => s.literal.text))
    ts.forEachChild(node, visit)
  }
  visit(ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true))
  return found
}

describe('src/domain returns codes, not French', () => {
  it('finds French in a string literal and not in ids such as « todo » or « not-met »', () => {
    expect(literalsOf("const a = 'Le nom est obligatoire.'").filter((t) => FRENCH.test(t))).toHaveLength(1)
    expect(
      literalsOf("const b = ['todo', 'not-met', 'services-socles'] as const").filter((t) => FRENCH.test(t)),
    ).toEqual([])
  })

  it('has no French text in the string literals of its files', () => {
    const offending = files(ROOT)
      .map((file) => relative(ROOT, file))
      .flatMap((file) =>
        literalsOf(readFileSync(join(ROOT, file), 'utf8'))
          .filter((text) => FRENCH.test(text) && !STORED.has(text))
          .map((text) => `${file}: ${text}`),
      )
    expect(offending).toEqual([])
  })
})
