/**
 * The overlay radar of a group (up to GROUP_RADAR_MAX structures): pure data from the
 * consolidation, and the Chart.js configuration with colour-blind-safe colours, each series also
 * told apart by its point shape and line dash for black-and-white print.
 */
import type { ChartConfiguration, PointStyle } from 'chart.js'
import { scaleBounds, type QuestionnaireDefinition } from '@/domain/definition'
import type { Consolidation } from '@/domain/workshop'
import { wrapLabel } from './labels'
import { radarOptions, type RadarLook } from './radar-config'
import { renderChartImage } from './render-image'

export const GROUP_RADAR_MAX = 8

/** Okabe–Ito colours (yellow replaced by a dark grey, too pale on white), with distinct point styles and dashes. */
export const GROUP_SERIES_STYLES: readonly { color: string; point: PointStyle; dash: number[] }[] = [
  { color: '#0072B2', point: 'circle', dash: [] },
  { color: '#D55E00', point: 'triangle', dash: [8, 4] },
  { color: '#009E73', point: 'rect', dash: [2, 3] },
  { color: '#CC79A7', point: 'rectRot', dash: [10, 3, 2, 3] },
  { color: '#E69F00', point: 'star', dash: [4, 4] },
  { color: '#56B4E9', point: 'crossRot', dash: [12, 6] },
  { color: '#000000', point: 'cross', dash: [1, 2] },
  { color: '#666666', point: 'rectRounded', dash: [6, 2, 1, 2] },
]

export interface GroupRadarData {
  labels: string[]
  min: number
  max: number
  series: { structureId: string; label: string; values: (number | null)[] }[]
}

/** One series per structure (in the consolidation's order, at most GROUP_RADAR_MAX), values rounded to one decimal. */
export function toGroupRadarData(
  definition: QuestionnaireDefinition,
  consolidation: Consolidation,
  labels: ReadonlyMap<string, string>,
): GroupRadarData {
  const { min, max } = scaleBounds(definition)
  const ids = (consolidation.domains[0]?.values ?? []).map((v) => v.structureId).slice(0, GROUP_RADAR_MAX)
  return {
    labels: consolidation.domains.map((d) => d.title),
    min,
    max,
    series: ids.map((id) => ({
      structureId: id,
      label: labels.get(id) ?? id,
      values: consolidation.domains.map((d) => {
        const value = d.values.find((v) => v.structureId === id)?.value ?? null
        return value === null ? null : Math.round(value * 10) / 10
      }),
    })),
  }
}

/**
 * The radar of a whole group, whatever its size: the group's mean per domain between the lowest and
 * the highest structure (three series, values rounded to one decimal; null where no structure is assessable).
 */
export function toGroupSpreadRadarData(
  definition: QuestionnaireDefinition,
  consolidation: Consolidation,
  names: { mean: string; min: string; max: string },
): GroupRadarData {
  const { min, max } = scaleBounds(definition)
  const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10)
  return {
    labels: consolidation.domains.map((d) => d.title),
    min,
    max,
    series: (['mean', 'min', 'max'] as const).map((key) => ({
      structureId: key,
      label: names[key],
      values: consolidation.domains.map((d) => round(d[key])),
    })),
  }
}

/**
 * One structure against its group: the structure's value per domain first, then the group's mean,
 * minimum and maximum (as toGroupSpreadRadarData), so that the structure has the first, solid style.
 */
export function toStructureVsGroupData(
  definition: QuestionnaireDefinition,
  consolidation: Consolidation,
  structure: { structureId: string; label: string },
  names: { mean: string; min: string; max: string },
): GroupRadarData {
  const group = toGroupSpreadRadarData(definition, consolidation, names)
  const values = consolidation.domains.map((d) => {
    const value = d.values.find((v) => v.structureId === structure.structureId)?.value ?? null
    return value === null ? null : Math.round(value * 10) / 10
  })
  return { ...group, series: [{ ...structure, values }, ...group.series] }
}

export function groupRadarConfig(
  data: GroupRadarData,
  look: RadarLook,
): ChartConfiguration<'radar', (number | null)[], string[]> {
  return {
    type: 'radar',
    data: {
      labels: data.labels.map((label) => wrapLabel(label)),
      datasets: data.series.map((series, index) => {
        const style = GROUP_SERIES_STYLES[index % GROUP_SERIES_STYLES.length] ?? GROUP_SERIES_STYLES[0]
        return {
          label: series.label,
          data: series.values,
          borderColor: style?.color,
          backgroundColor: 'rgba(0, 0, 0, 0)',
          borderDash: style?.dash,
          pointStyle: style?.point,
          pointBackgroundColor: style?.color,
          pointRadius: look.pointRadius + 1,
          borderWidth: look.borderWidth,
          fill: false,
        }
      }),
    },
    options: radarOptions(data, look),
  }
}

/** Draws the group radar off screen at print resolution, as a JPEG data URL for the synthesis PDF. */
export function renderGroupRadarImage(
  data: GroupRadarData,
  look: RadarLook,
  size = { width: 1100, height: 880 },
): string | null {
  return renderChartImage(groupRadarConfig(data, look), size, 'jpeg')
}
