/**
 * Reads the CSV files CapSI exports back into rows, strictly: UTF-8 BOM first, `;` separators,
 * double-quoted fields with doubled quotes inside, every line ended by CRLF. Used by unit and
 * end-to-end tests alike; anything else throws.
 */
export function readCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('missing UTF-8 BOM')
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ';') {
      row.push(field)
      field = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else throw new Error(`unexpected ${JSON.stringify(ch)} at ${i}`)
  }
  if (field !== '' || row.length > 0) throw new Error('last line not ended by CRLF')
  return rows
}
