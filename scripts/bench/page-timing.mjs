// Timing in the page itself, from the user's action to the screen they wait for: the time of the
// last trusted click (a person's, not the app's), and the frame in which a condition first holds.

/**
 * Installed in every page before its scripts: records trusted clicks, the moment the app has started
 * (its home screen drawn in place of the copy written at build time), long tasks, and lets the bench
 * arm a readiness condition before an action.
 */
export function instrument(startSelector) {
  const checks = {
    selector: (css) => document.querySelector(css) !== null,
    started: (css) => document.querySelector(css) !== null && document.querySelector('[data-prerendered]') === null,
    status: (text) => [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent.includes(text)),
    saved: (before) => {
      const status = document.querySelector('[data-testid="save-status"]')
      return (
        status !== null &&
        Number(status.getAttribute('data-saved-count')) > before &&
        status.getAttribute('data-pending') === '0'
      )
    },
    // Every structure card shown with its assessment and that assessment's progress.
    // Every card shown carries its progress, and the screen accounts for all `total` structures: as
    // many cards, or a long list's page that says how many there are (« Structures 1 à 20 sur 500 »).
    structures: (total) => {
      const cards = document.querySelectorAll('[data-testid="structure-card"]').length
      const status = document.querySelector('[data-testid="structure-filter-status"]')?.textContent ?? ''
      return (
        cards > 0 &&
        document.querySelectorAll('[data-testid="assessment-row"] progress').length >= cards &&
        (cards === total || new RegExp(`sur ${total}(\\D|$)`).test(status))
      )
    },
  }
  window.__clickAt = 0
  window.__longTasks = []
  addEventListener('click', (event) => event.isTrusted && (window.__clickAt = performance.now()), true)
  addEventListener(
    'change',
    (event) =>
      event.target instanceof HTMLInputElement &&
      event.target.type === 'file' &&
      (window.__clickAt = performance.now()),
    true,
  )
  try {
    new PerformanceObserver((list) =>
      window.__longTasks.push(...list.getEntries().map((e) => [e.startTime, e.duration])),
    ).observe({ type: 'longtask', buffered: true })
  } catch {
    // No long-task timing in this browser: the longest task is then reported as 0.
  }
  window.__arm = (kind, arg) => {
    window.__readyAt = undefined
    const observer = new MutationObserver(() => {
      if (!checks[kind](arg)) return
      observer.disconnect()
      requestAnimationFrame(() => (window.__readyAt = performance.now()))
    })
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
  }
  if (startSelector) window.__arm('started', startSelector)
  // A second condition, watched beside the armed one: the frame in which `css` first matches.
  window.__seen = {}
  window.__watch = (css) => {
    delete window.__seen[css]
    const observer = new MutationObserver(() => {
      if (document.querySelector(css) === null) return
      observer.disconnect()
      requestAnimationFrame(() => (window.__seen[css] = performance.now()))
    })
    observer.observe(document, { subtree: true, childList: true, attributes: true })
  }
}

/** Waits for the condition armed at load (the app started); returns its time since navigation, in ms. */
export async function startedAt(page, timeout) {
  await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout, polling: 50 })
  return page.evaluate(() => window.__readyAt)
}

/**
 * Arms a condition, runs the action, and returns the time from the action (the last trusted click, or
 * the choice of files) to the frame in which the condition held, in ms, and the longest task between.
 * `then`, when given, is a further step of the same journey (a confirm clicked as soon as it shows):
 * the time still runs from the first action, and covers the second.
 */
export async function timed(page, kind, arg, action, timeout, then) {
  await page.evaluate(([k, a]) => window.__arm(k, a), [kind, arg])
  await action()
  const start = then ? await page.evaluate(() => window.__clickAt) : null
  if (then) await then()
  await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout, polling: 50 })
  return page.evaluate((from) => {
    const startAt = from ?? window.__clickAt
    const tasks = window.__longTasks.filter(([begin]) => begin >= startAt && begin <= window.__readyAt)
    return {
      startAt,
      ms: window.__readyAt - startAt,
      longestTask: Math.max(0, ...tasks.map(([, duration]) => duration)),
    }
  }, start)
}

/** Time from a click to the file it downloads, in ms (the page's clock read as the machine's). */
export async function timedDownload(page, click, timeout) {
  const download = page.waitForEvent('download', { timeout })
  await click()
  const file = await download
  const end = Date.now()
  const clickedAt = await page.evaluate(() => performance.timeOrigin + window.__clickAt)
  return { ms: end - clickedAt, file }
}
