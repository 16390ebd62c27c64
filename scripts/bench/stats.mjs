// Small statistics of the bench: medians, percentiles and ranges of a list of figures.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** The smallest and the largest of the figures. */
export function range(values) {
  return [Math.min(...values), Math.max(...values)]
}
