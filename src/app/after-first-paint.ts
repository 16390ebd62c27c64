/**
 * Runs work once the browser has shown the current screen: data that take a moment to read then do
 * not hold back the first view of the page.
 *
 * Before the page has shown anything, "shown" means its first contentful paint, reported by the
 * browser once the screen is on display. The end of the frame in which the app drew it is not
 * enough: the browser still has to rasterise and display that frame, and work started then (reading
 * the database, loading the questionnaires) competes with it for the processor. Once the page has
 * shown something, a new screen only waits for its own frame.
 *
 * A hidden tab paints nothing, so the work never waits more than FALLBACK_MS.
 */
export const FALLBACK_MS = 250

export function afterFirstPaint(work: () => void): void {
  let done = false
  let observer: PerformanceObserver | null = null
  const run = (): void => {
    if (done) return
    done = true
    observer?.disconnect()
    work()
  }
  if (!painted() && canObservePaint()) {
    observer = new PerformanceObserver(() => {
      if (painted()) setTimeout(run, 0)
    })
    observer.observe({ type: 'paint' })
  } else {
    requestAnimationFrame(() => setTimeout(run, 0))
  }
  setTimeout(run, FALLBACK_MS)
}

function painted(): boolean {
  return performance.getEntriesByName('first-contentful-paint').length > 0
}

function canObservePaint(): boolean {
  return typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes ?? []).includes('paint')
}
