/** Draws a chart off screen at print resolution and returns it as a PNG data URL (for the PDFs). */
import { Chart, type ChartConfiguration } from 'chart.js'
import type { RadarData } from './radar-data'
import { PRINT_LOOK, radarConfig } from './radar-config'

/**
 * Renders any Chart.js configuration to a PNG data URL, or, with `format` 'jpeg', a JPEG drawn on
 * white; null when the canvas cannot be drawn. The PDF library embeds a JPEG as it is, while it
 * decodes a PNG's pixels and compresses them again, colour and transparency apart: about 0.1 s of a
 * synthesis's 0.3–0.5 s for a 900 × 760 chart.
 */
export function renderChartImage(
  config: ChartConfiguration<'radar', (number | null)[], string[]>,
  size: { width: number; height: number },
  format: 'png' | 'jpeg' = 'png',
): string | null {
  const canvas = document.createElement('canvas')
  canvas.width = size.width
  canvas.height = size.height
  const chart = new Chart(canvas, config)
  const url = format === 'png' ? chart.toBase64Image('image/png', 1) : onWhite(canvas, size)
  chart.destroy()
  return url?.startsWith(`data:image/${format}`) ? url : null
}

/** The chart drawn on a white page (a JPEG has no transparency), at a quality that keeps lines and text sharp. */
function onWhite(chart: HTMLCanvasElement, size: { width: number; height: number }): string | null {
  const page = document.createElement('canvas')
  page.width = size.width
  page.height = size.height
  const context = page.getContext('2d')
  if (!context) return null
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, size.width, size.height)
  context.drawImage(chart, 0, 0)
  return page.toDataURL('image/jpeg', 0.92)
}

export function renderRadarImage(data: RadarData, size = { width: 1100, height: 880 }): string | null {
  return renderChartImage(radarConfig(data, PRINT_LOOK), size)
}
