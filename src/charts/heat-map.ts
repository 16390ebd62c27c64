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
  return {
    ...bounds,
    rows: structures.map((s) => ({
      structureId: s.structureId,
      path: s.path,
      cells: consolidation.domains.map((d) => {
        const value = d.values.find((v) => v.structureId === s.structureId)?.value ?? null
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
