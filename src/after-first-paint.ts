/**
 * Runs work once the browser has painted the current screen: data that take a moment to read then
 * do not hold back the first view of the page. A hidden tab paints nothing, so the work never waits
 * more than a tenth of a second.
 */
export function afterFirstPaint(work: () => void): void {
  let done = false
  const run = (): void => {
    if (done) return
    done = true
    work()
  }
  requestAnimationFrame(() => setTimeout(run, 0))
  setTimeout(run, 100)
}
