/**
 * French typography of the text users read: a non-breaking space (U+00A0) before « : ; ? ! », after « «
 * and before « ». `findTypographyIssues` says what is missing in one string; `fixTypography` puts it
 * right. The unit test tests/unit/typography.spec.ts runs the check over every message file and every
 * questionnaire; `node scripts/french-typography.mjs --fix` mends those files in place.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const NBSP = '\u00a0'
const SPACES = `\\s${NBSP}\\u202f`
/** Punctuation that takes a space before it, when followed by a space, the end, or a closing sign. */
const HIGH = /([^\s\u00a0\u202f(«[{/])?([ \t]*)([:;?!])(?=[\s)»\]"'`\\]|$)/g

/** What is wrong in one string, as short descriptions (empty when its typography is right). */
export function findTypographyIssues(text) {
  const issues = []
  for (const match of text.matchAll(HIGH)) {
    const [, before, space, sign] = match
    // Preceded by a non-breaking space, an opening sign, or nothing; or the colon of « file: ».
    if ((before === undefined && space === '') || isScheme(text, match.index, sign)) continue
    issues.push(`espace insécable manquante avant « ${sign} » : « ${excerpt(text, match.index)} »`)
  }
  for (const match of text.matchAll(new RegExp(`«(?![${NBSP}])`, 'g')))
    issues.push(`espace insécable manquante après « « » : « ${excerpt(text, match.index)} »`)
  for (const match of text.matchAll(new RegExp(`(?<![${NBSP}])»`, 'g')))
    issues.push(`espace insécable manquante avant « » » : « ${excerpt(text, match.index)} »`)
  return issues
}

/** Whether the sign is the colon of an address scheme (« file: », « https: »). */
function isScheme(text, index, sign) {
  return sign === ':' && /(?:^|[^\p{L}])(?:file|https?)$/u.test(text.slice(0, index + 1))
}

function excerpt(text, index) {
  return text.slice(Math.max(0, index - 20), index + 10)
}

/** The same string with the non-breaking spaces French typography wants. */
export function fixTypography(text) {
  return text
    .replace(HIGH, (whole, before, space, sign, offset) =>
      (before === undefined && space === '') || isScheme(text, offset, sign) ? whole : `${before ?? ''}${NBSP}${sign}`,
    )
    .replace(new RegExp(`«[${SPACES}]*`, 'g'), `«${NBSP}`)
    .replace(new RegExp(`[${SPACES}]*»`, 'g'), `${NBSP}»`)
}

/** JSON keys whose values are not text a user reads. */
const NOT_TEXT_KEYS = new Set([
  '$schema',
  'id',
  'value',
  'visibleIf',
  'appliesIf',
  'question',
  'requires',
  'requiresProfile',
  'trueFor',
  'falseFor',
  'dimension',
  'domain',
  'axis',
  'phase',
  'kind',
  'version',
  'code',
  'format',
])

/** Every user-facing string of a JSON file, with its position, in file order. */
export function jsonTexts(source) {
  const found = []
  const token = /"(?:[^"\\]|\\.)*"(\s*:)?/g
  let key = null
  for (const match of source.matchAll(token)) {
    if (match[1]) {
      key = JSON.parse(match[0].slice(0, match[0].length - match[1].length))
      continue
    }
    if (key !== null && NOT_TEXT_KEYS.has(key)) continue
    found.push({ start: match.index, end: match.index + match[0].length, text: JSON.parse(match[0]) })
  }
  return found
}

/** Every string literal of a TypeScript message file, with its position (template parts included). */
export function tsTexts(source, fileName = 'messages.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true)
  const found = []
  const visit = (node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      if (!(
        node.parent &&
        (ts.isImportDeclaration(node.parent) ||
          ts.isExportDeclaration(node.parent) ||
          (ts.isPropertyAssignment(node.parent) && node.parent.name === node))
      )) {
        found.push({
          start: node.getStart(file),
          end: node.getEnd(),
          text: node.text,
          raw: source.slice(node.getStart(file), node.getEnd()),
        })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The files whose text users read: message files and questionnaire definitions. */
export function typographyFiles() {
  const messages = readdirSync(join(root, 'src/i18n'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(root, 'src/i18n', f))
  const questionnaires = readdirSync(join(root, 'questionnaires'))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f) => join(root, 'questionnaires', f))
  const rules = readdirSync(join(root, 'rules'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(root, 'rules', f))
  return [...messages, ...questionnaires, ...rules]
}

/** Texts of a file, JSON or TypeScript. */
export function textsOf(path, source = readFileSync(path, 'utf8')) {
  return path.endsWith('.json') ? jsonTexts(source) : tsTexts(source, path)
}

function fixFile(path) {
  const source = readFileSync(path, 'utf8')
  let out = ''
  let last = 0
  for (const item of textsOf(path, source)) {
    const fixed = fixTypography(item.text)
    if (fixed === item.text) continue
    const raw = source.slice(item.start, item.end)
    // Only spaces change: edit the raw literal so that its quoting and escapes stay as written.
    out += source.slice(last, item.start) + fixTypography(raw)
    last = item.end
  }
  out += source.slice(last)
  if (out !== source) writeFileSync(path, out)
  return out !== source
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fix = process.argv.includes('--fix')
  let count = 0
  for (const path of typographyFiles()) {
    if (fix) {
      if (fixFile(path)) console.log(`corrigé : ${path.slice(root.length + 1)}`)
    }
    for (const item of textsOf(path)) {
      for (const issue of findTypographyIssues(item.text)) {
        count++
        console.log(`${path.slice(root.length + 1)} : ${issue}`)
      }
    }
  }
  process.exitCode = count > 0 ? 1 : 0
}
