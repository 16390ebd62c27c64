/** Draws a radar chart off screen at print resolution and returns it as a PNG data URL (for the PDF). */
import { Chart } from 'chart.js'
import type { RadarData } from './radar-data'
import { PRINT_LOOK, radarConfig } from './radar-config'

export function renderRadarImage(data: RadarData, size = { width: 1100, height: 880 }): string | null {
  const canvas = document.createElement('canvas')
  canvas.width = size.width
  canvas.height = size.height
  const chart = new Chart(canvas, radarConfig(data, PRINT_LOOK))
  const url = chart.toBase64Image('image/png', 1)
  chart.destroy()
  return url.startsWith('data:image/png') ? url : null
}
