/** The heat map as a facilitator arranges it: a search, one path, an order. */
import { describe, expect, it } from 'vitest'
import { arrangeHeatRows, type HeatRow } from '@/charts/heat-map'

/** A row with one governance score (null: not assessable). */
function row(structureId: string, path: 'full' | 'essential', governance: number | null): HeatRow {
  return {
    structureId,
    path,
    cells: [{ domainId: 'gouvernance', value: governance, text: null, shade: null }],
  }
}

const NAMES: Record<string, { label: string; organisation: string }> = {
  s1: { label: 'EHPAD Les Tilleuls', organisation: 'Association Horizon' },
  s2: { label: 'IME Le Petit Bois', organisation: 'Établissements du Val' },
  s3: { label: 'SSIAD Val de Garonne', organisation: 'Association Horizon' },
  s4: { label: 'EHPAD Les Acacias', organisation: 'Fondation Sud' },
}
const rows = [row('s1', 'full', 2), row('s2', 'essential', null), row('s3', 'full', 3.5), row('s4', 'full', 2)]
const names = (r: HeatRow) => NAMES[r.structureId] ?? { label: '', organisation: '' }
const ids = (list: HeatRow[]) => list.map((r) => r.structureId)

describe('arranging the heat map', () => {
  it('finds structures by name or by OG, without minding accents or case', () => {
    expect(ids(arrangeHeatRows(rows, names, { query: 'ehpad', path: 'all', sortBy: 'group' }))).toEqual(['s1', 's4'])
    expect(ids(arrangeHeatRows(rows, names, { query: 'etablissements', path: 'all', sortBy: 'group' }))).toEqual(['s2'])
    expect(ids(arrangeHeatRows(rows, names, { query: ' horizon ', path: 'all', sortBy: 'group' }))).toEqual([
      's1',
      's3',
    ])
  })

  it('keeps only the structures of one path when asked', () => {
    expect(ids(arrangeHeatRows(rows, names, { query: '', path: 'essential', sortBy: 'group' }))).toEqual(['s2'])
  })

  it('sorts by a domain’s score, highest first, ties in the group’s order and the not assessable last', () => {
    expect(ids(arrangeHeatRows(rows, names, { query: '', path: 'all', sortBy: 'gouvernance' }))).toEqual([
      's3',
      's1',
      's4',
      's2',
    ])
  })

  it('sorts by name in French alphabetical order', () => {
    expect(ids(arrangeHeatRows(rows, names, { query: '', path: 'all', sortBy: 'name' }))).toEqual([
      's4',
      's1',
      's2',
      's3',
    ])
  })
})
