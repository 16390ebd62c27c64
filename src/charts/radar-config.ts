/** The Chart.js configuration of a CapSI radar, shared by the on-screen chart and the print image. */
import {
  Chart,
  Filler,
  Legend,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js'
import type { RadarData } from './radar-data'
import { SERIES_STYLES } from './palette'
import { wrapLabel } from './labels'

// Only the parts a radar needs are registered, which keeps Chart.js small.
Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend)

export interface RadarLook {
  fontSize: number
  pointRadius: number
  borderWidth: number
  /** On screen the chart follows its container; in print it has a fixed size. */
  screen: boolean
}

export const SCREEN_LOOK: RadarLook = { fontSize: 12, pointRadius: 4, borderWidth: 2, screen: true }
export const PRINT_LOOK: RadarLook = { fontSize: 20, pointRadius: 6, borderWidth: 3, screen: false }

/** Scale, legend and layout shared by every CapSI radar (domains, axes, groups). */
export function radarOptions(
  range: { min: number; max: number },
  look: RadarLook,
): NonNullable<ChartConfiguration<'radar', (number | null)[], string[]>['options']> {
  const ink = look.screen ? '#1b1f24' : '#000000'
  return {
    animation: false,
    responsive: look.screen,
    maintainAspectRatio: true,
    aspectRatio: 1.25,
    ...(look.screen ? {} : { devicePixelRatio: 1 }),
    layout: { padding: 8 },
    scales: {
      r: {
        min: range.min,
        max: range.max,
        ticks: { stepSize: 1, color: ink, font: { size: look.fontSize - 1 }, backdropColor: 'rgba(255,255,255,0.85)' },
        pointLabels: { color: ink, font: { size: look.fontSize }, padding: look.screen ? 8 : 10 },
        grid: { color: '#a8b0bc' },
        angleLines: { color: '#a8b0bc' },
      },
    },
    plugins: {
      legend: { position: 'bottom', labels: { color: ink, font: { size: look.fontSize }, usePointStyle: true } },
      tooltip: { enabled: look.screen },
    },
  }
}

export function radarConfig(
  data: RadarData,
  look: RadarLook,
): ChartConfiguration<'radar', (number | null)[], string[]> {
  return {
    type: 'radar',
    data: {
      labels: data.labels.map((label) => wrapLabel(label)),
      datasets: data.series.map((series) => {
        const style = SERIES_STYLES[series.key]
        return {
          label: series.label,
          data: series.values,
          borderColor: style.color,
          backgroundColor: style.fill,
          borderDash: style.dash,
          pointStyle: style.point,
          pointBackgroundColor: style.color,
          pointRadius: look.pointRadius,
          borderWidth: look.borderWidth,
          fill: series.key === 'current',
        }
      }),
    },
    options: radarOptions(data, look),
  }
}
