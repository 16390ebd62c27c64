/** Pure data of the workshop's heat map (domain × structure): the written values and their shade, taken from the definition's scale. */
import { scaleBounds, type QuestionnaireDefinition } from '@/domain/definition'
import type { AssessmentPath } from '@/domain/assessment'
import type { Consolidation } from '@/domain/workshop'
import { formatDecimal } from '@/i18n/fr-numbers'

/** Number of shades of the heat map, lightest (bottom of the scale) to darkest (top). */
export const HEAT_SHADES = 5

export interface HeatCell {
  domainId: string
  value: number | null
  /** The value as written in the cell (« 2,5 »), null when the domain is not assessable. */
  text: string | null
  /** 0 … HEAT_SHADES − 1, by the value's place on the scale; null when not assessable. */
  shade: number | null
}

export interface HeatRow {
  structureId: string
  path: AssessmentPath
  cells: HeatCell[]
}

export interface HeatMapData {
  min: number
  max: number
  rows: HeatRow[]
}

/** The shade of a value: its place between the bottom and the top of the scale, cut into HEAT_SHADES equal steps. */
export function heatShade(value: number, bounds: { min: number; max: number }): number {
  const span = bounds.max - bounds.min
  const share = span > 0 ? (value - bounds.min) / span : 1
  return Math.min(HEAT_SHADES - 1, Math.max(0, Math.floor(share * (HEAT_SHADES - 1) + 1e-9)))
}

/** One row per structure given (in that order), one cell per domain of the consolidation, with the path each structure was scored on. */
export function toHeatMapData(
  definition: QuestionnaireDefinition,
  consolidation: Consolidation,
  structures: readonly { structureId: string; path: AssessmentPath }[],
): HeatMapData {
  const bounds = scaleBounds(definition)
  // Each domain's values indexed by structure, so that a group of hundreds is read in one pass.
  const values = consolidation.domains.map((d) => new Map(d.values.map((v) => [v.structureId, v.value])))
  return {
    ...bounds,
    rows: structures.map((s) => ({
      structureId: s.structureId,
      path: s.path,
      cells: consolidation.domains.map((d, index) => {
        const value = values[index]?.get(s.structureId) ?? null
        return {
          domainId: d.domainId,
          value,
          text: value === null ? null : formatDecimal(value),
          shade: value === null ? null : heatShade(value, bounds),
        }
      }),
    })),
  }
}

/** How the facilitator wants the rows: a search on the name or the OG, one path or both, an order. */
export interface HeatArrangement {
  query: string
  path: AssessmentPath | 'all'
  /** 'group': the group's order; 'name': alphabetical; otherwise a domain id, highest score first. */
  sortBy: string
}

/** Letters without accents or case, so that « etablissement » finds « Établissement ». */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr')
}

/**
 * The rows to show, filtered and sorted as asked: not-assessable cells sort last; ties keep the
 * group's order. `names` gives each row's structure and OG labels (as shown, anonymised or not).
 */
export function arrangeHeatRows<R extends HeatRow>(
  rows: readonly R[],
  names: (row: R) => { label: string; organisation: string },
  arrangement: HeatArrangement,
): R[] {
  const query = folded(arrangement.query.trim())
  const kept = rows.filter((row) => {
    if (arrangement.path !== 'all' && row.path !== arrangement.path) return false
    if (!query) return true
    const { label, organisation } = names(row)
    return folded(label).includes(query) || folded(organisation).includes(query)
  })
  if (arrangement.sortBy === 'group') return kept
  if (arrangement.sortBy === 'name')
    return kept.sort((a, b) => names(a).label.localeCompare(names(b).label, 'fr', { numeric: true }))
  const score = (row: R) => row.cells.find((c) => c.domainId === arrangement.sortBy)?.value ?? -Infinity
  return kept.sort((a, b) => score(b) - score(a))
}
