/** Reading a pdfmake document definition back as a reader would: its texts, headings and table rows. */

/** The keys of a pdfmake node that hold what is printed (styles, sizes and images are left out). */
const PRINTED = new Set(['text', 'stack', 'ul', 'ol', 'columns', 'table', 'body', 'content'])

/** Every string a pdfmake node prints (texts, table cells, lists), flattened. */
export function pdfTexts(node: unknown): string[] {
  if (typeof node === 'string') return [node]
  if (Array.isArray(node)) return node.flatMap(pdfTexts)
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([key, value]) => (PRINTED.has(key) ? pdfTexts(value) : []))
  return []
}

function walk(node: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) node.forEach((child) => walk(child, visit))
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>)
    for (const value of Object.values(node)) walk(value, visit)
  }
}

/** The headings (styles h1 and h2) in reading order. */
export function headings(node: unknown): string[] {
  const found: string[] = []
  walk(node, (n) => {
    if ((n.style === 'h1' || n.style === 'h2') && typeof n.text === 'string') found.push(n.text)
  })
  return found
}

/** Every row of every table, each cell read as one string. */
export function tableRows(node: unknown): string[][] {
  const rows: string[][] = []
  walk(node, (n) => {
    const table = n.table as { body?: unknown[][] } | undefined
    if (table?.body) for (const row of table.body) rows.push(row.map((cell) => pdfTexts(cell).join(' ')))
  })
  return rows
}

/** The row of a table whose first cell is `first`. */
export function rowStartingWith(node: unknown, first: string): string[] | undefined {
  return tableRows(node).find((row) => row[0] === first)
}
