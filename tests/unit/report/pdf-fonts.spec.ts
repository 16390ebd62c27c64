import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'
import { PDF_FONT_FILES } from '@/report/pdf-files'

const root = join(import.meta.dirname, '..', '..', '..')

/** The characters a font maps to a glyph, read from its cmap (format 4 or 12 Unicode subtable). */
function mappedCharacters(file: string): Set<number> {
  const font = readFileSync(file)
  const tables = font.readUInt16BE(4)
  let cmap = -1
  for (let i = 0; i < tables; i++) {
    const entry = 12 + i * 16
    if (font.toString('latin1', entry, entry + 4) === 'cmap') cmap = font.readUInt32BE(entry + 8)
  }
  const mapped = new Set<number>()
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const sub = cmap + font.readUInt32BE(cmap + 4 + i * 8 + 4)
    const format = font.readUInt16BE(sub)
    if (format === 4) {
      const segments = font.readUInt16BE(sub + 6) / 2
      const ends = sub + 14
      const starts = ends + segments * 2 + 2
      const deltas = starts + segments * 2
      const offsets = deltas + segments * 2
      for (let s = 0; s < segments; s++) {
        const [end, start] = [font.readUInt16BE(ends + s * 2), font.readUInt16BE(starts + s * 2)]
        const [delta, offset] = [font.readInt16BE(deltas + s * 2), font.readUInt16BE(offsets + s * 2)]
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph = offset ? font.readUInt16BE(offsets + s * 2 + offset + (c - start) * 2) : (c + delta) & 0xffff
          if (glyph !== 0) mapped.add(c)
        }
      }
    } else if (format === 12) {
      for (let g = 0; g < font.readUInt32BE(sub + 12); g++) {
        const group = sub + 16 + g * 12
        for (let c = font.readUInt32BE(group); c <= font.readUInt32BE(group + 4); c++) mapped.add(c)
      }
    }
  }
  return mapped
}

function filesUnder(dir: string, extension: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path, extension) : extension.test(name) ? [path] : []
  })
}

/** The text of every string literal of a TypeScript file (comments left out). */
function stringsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
  const strings: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) strings.push(node.text)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return strings
}

/**
 * Every text a PDF can hold: the questionnaires, the French messages, the report builders and the
 * domain's labels. The messages of a refused file are shown on screen only (they use →).
 */
function pdfTexts(): string {
  const code = ['src/i18n', 'src/report', 'src/domain']
    .flatMap((dir) => filesUnder(join(root, dir), /\.ts$/))
    .filter((file) => !file.includes(join('i18n', 'fr-validation')))
  const questionnaires = filesUnder(join(root, 'questionnaires'), /\.json$/).map((file) => readFileSync(file, 'utf8'))
  return [...code.flatMap(stringsOf), ...questionnaires].join('')
}

const FRENCH = 'ÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸàâæçéèêëîïôœùûüÿ« » ’ ‘ “ ” – — … € ° × ≤ ≥ − \u00a0 \u202f 0123456789 %;:!?'

describe('the PDF fonts (a Latin subset of Roboto)', () => {
  // Reading every source file takes a few seconds on a loaded machine: once for the four fonts.
  let needed: string[] = []
  beforeAll(() => {
    needed = [...new Set([...FRENCH, ...pdfTexts()])].filter((c) => c >= ' ')
  }, 60_000)
  const fonts = PDF_FONT_FILES.map((name) => ({ name, mapped: mappedCharacters(join(root, 'src/report/fonts', name)) }))

  it('reads which characters a font has (and which it has not)', () => {
    const regular = fonts[0]?.mapped ?? new Set()
    expect(regular.has('é'.codePointAt(0) ?? 0)).toBe(true)
    expect(regular.has('中'.codePointAt(0) ?? 0)).toBe(false)
    expect(regular.has('Ж'.codePointAt(0) ?? 0)).toBe(false)
  })

  it.each(fonts)('$name has every character French typography and CapSI’s texts use', ({ mapped }) => {
    const missing = needed.filter((c) => !mapped.has(c.codePointAt(0) ?? 0))
    expect(missing.map((c) => `${c} U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)).toEqual(
      [],
    )
  })
})
