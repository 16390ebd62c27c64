/**
 * No module of src/ imports, even for a type, a module that imports it back: each layer and each
 * feature can be read from its leaves up. Imports are read with the TypeScript parser from .ts files
 * and the script blocks of .vue files.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const SRC = new URL('../../../src', import.meta.url).pathname

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === 'generated'
        ? []
        : files(join(dir, e.name))
      : /\.(ts|vue)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  )
}

/** The module specifiers a source file imports or re-exports from (dynamic imports excluded: they load later). */
export function importsOf(source: string): string[] {
  const found: string[] = []
  ts.forEachChild(ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest), (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      found.push((node.moduleSpecifier as ts.StringLiteral).text)
  })
  return found
}

function scriptOf(file: string): string {
  const text = readFileSync(file, 'utf8')
  if (!file.endsWith('.vue')) return text
  return [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
}

/** The file a specifier names inside src/, or null for a package. */
function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? join(SRC, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : null
  if (!base) return null
  const stem = base.replace(/\.ts$/, '')
  return (
    [base, `${stem}.ts`, `${base}.vue`, join(base, 'index.ts')].find((c) => existsSync(c) && c.includes('.')) ?? null
  )
}

/** Every cycle of the import graph, as the list of files around it (strongly connected components of two or more). */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const cycles: string[][] = []
  let next = 0
  const visit = (node: string): void => {
    index.set(node, next)
    low.set(node, next++)
    stack.push(node)
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to)
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0))
      } else if (stack.includes(to)) low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0))
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string | undefined
      do {
        member = stack.pop()
        if (member) component.push(member)
      } while (member && member !== node)
      if (component.length > 1) cycles.push(component.sort())
    }
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return cycles
}

describe('imports of src/', () => {
  it('finds a cycle where there is one, type imports included', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ])
    expect(importCycles(graph)).toEqual([['a', 'b', 'c']])
    expect(importsOf("import type { X } from './x'\nexport { y } from '@/y'\nconst z = import('./z')")).toEqual([
      './x',
      '@/y',
    ])
  })

  it('form no cycle, type imports included', () => {
    const graph = new Map(
      files(SRC).map((file) => [file, importsOf(scriptOf(file)).flatMap((s) => resolveImport(file, s) ?? [])]),
    )
    // The graph is read for real: a view reaches its store, a .vue file through its script block.
    expect(graph.get(join(SRC, 'views/GroupView.vue'))).toContain(join(SRC, 'stores/groups.ts'))
    const cycles = importCycles(graph).map((c) => c.map((file) => relative(SRC, file)))
    expect(cycles).toEqual([])
  })
})
