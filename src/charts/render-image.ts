/** Draws a chart off screen at print resolution and returns it as a PNG data URL (for the PDFs). */
import { Chart, type ChartConfiguration } from 'chart.js'
import type { RadarData } from './radar-data'
import { PRINT_LOOK, radarConfig } from './radar-config'

/** Renders any Chart.js configuration to a PNG data URL, or null when the canvas cannot be drawn. */
export function renderChartImage(
  config: ChartConfiguration<'radar', (number | null)[], string[]>,
  size: { width: number; height: number },
): string | null {
  const canvas = document.createElement('canvas')
  canvas.width = size.width
  canvas.height = size.height
  const chart = new Chart(canvas, config)
  const url = chart.toBase64Image('image/png', 1)
  chart.destroy()
  return url.startsWith('data:image/png') ? url : null
}

export function renderRadarImage(data: RadarData, size = { width: 1100, height: 880 }): string | null {
  return renderChartImage(radarConfig(data, PRINT_LOOK), size)
}
