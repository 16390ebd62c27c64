/**
 * Long computations are cut into slices: between two slices the browser paints and answers the
 * user. `sliced` runs `work` on each item, yielding to the browser whenever a slice has run for
 * SLICE_MS, so that no task it makes lasts much longer.
 */

/** The longest a slice runs before the browser gets its turn. */
export const SLICE_MS = 40

/** Resolves in a new task, after the browser has had its turn. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((done) => setTimeout(done, 0))
}

/** Maps the items in order, in slices of at most about SLICE_MS each. */
export async function sliced<T, R>(items: readonly T[], work: (item: T) => R): Promise<R[]> {
  const results: R[] = []
  let start = performance.now()
  for (const item of items) {
    if (performance.now() - start > SLICE_MS) {
      await nextTask()
      start = performance.now()
    }
    results.push(work(item))
  }
  return results
}
