/**
 * Chart colours from the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies), each series also told apart by line style and point shape for black-and-white print.
 */
export const SERIES_STYLES = {
  current: { color: '#0072B2', fill: 'rgba(0, 114, 178, 0.15)', dash: [] as number[], point: 'circle' },
  target: { color: '#D55E00', fill: 'rgba(0, 0, 0, 0)', dash: [8, 5] as number[], point: 'triangle' },
  previous: { color: '#555555', fill: 'rgba(0, 0, 0, 0)', dash: [2, 3] as number[], point: 'rectRot' },
} as const
