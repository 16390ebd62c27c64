/**
 * Where the focus goes when the screen changes (WCAG 2.4.3): to the new screen's main heading, once
 * it is shown, and a polite live region tells screen readers which screen opened, with any notice the
 * screen marks for that moment (ARRIVAL_NOTICE_ATTRIBUTE). The first screen of a visit (the home page,
 * or a screen opened from its address) keeps the focus where the browser puts it, so that the skip link
 * stays the first stop; so does a screen that moves the focus itself (a question opened from the results).
 */
import { nextTick } from 'vue'

/** What the focus needs of the router (vue-router's `Router` has it): the current route, and a hook after each change. */
export interface ScreenChanges {
  currentRoute: { value: { path: string; matched: readonly unknown[] } }
  /** `failure` is set when the change did not happen (cancelled, or to the route already shown). */
  afterEach(hook: (to: { path: string }, from: unknown, failure?: unknown) => unknown): unknown
}

/** Set on a notice that is read out with the screen's title when the user arrives on that screen. */
export const ARRIVAL_NOTICE_ATTRIBUTE = 'data-arrival-notice'

/** How long a screen may take to show its heading (its code and data loading) before the focus is left alone. */
const HEADING_WAIT_MS = 10_000

/**
 * Calls `found` with the first h1 of `container` once the screen in it has been redrawn, waiting
 * for it to appear if the screen is still loading. Returns a function that stops waiting.
 */
function whenHeadingShown(container: HTMLElement, found: (heading: HTMLElement) => void): () => void {
  let observer: MutationObserver | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let stopped = false
  const stop = (): void => {
    stopped = true
    observer?.disconnect()
    if (timer) clearTimeout(timer)
  }
  const check = (): boolean => {
    const heading = container.querySelector('h1')
    if (!heading) return false
    stop()
    found(heading)
    return true
  }
  // The previous screen's heading is still in the page until the router's change has been drawn.
  void nextTick(() => {
    if (stopped || check()) return
    observer = new MutationObserver(() => void check())
    observer.observe(container, { childList: true, subtree: true })
    timer = setTimeout(stop, HEADING_WAIT_MS)
  })
  return stop
}

/**
 * After each change of screen, puts the focus on the new screen's heading and announces it.
 * @param main the element that holds the screens
 * @param announce writes a text in the app's polite live region
 */
export function focusNewScreens(
  router: ScreenChanges,
  main: () => HTMLElement | null,
  announce: (text: string) => void,
): void {
  // The screen already shown when this starts (the app is mounted once the first one is ready).
  let shownPath: string | null = router.currentRoute.value.matched.length ? router.currentRoute.value.path : null
  let stopWaiting: (() => void) | null = null
  router.afterEach((to, _from, failure) => {
    // A change cancelled (the user chose to stay) leaves the screen and the focus as they were.
    if (failure) return
    const first = shownPath === null
    const samePath = shownPath === to.path
    shownPath = to.path
    // A change of query (a filter, a question to show) keeps the screen and the focus.
    if (first || samePath) return
    const container = main()
    if (!container) return
    stopWaiting?.()
    stopWaiting = whenHeadingShown(container, (heading) => {
      stopWaiting = null
      // A turn later, so that a screen that puts the focus somewhere itself has done so.
      setTimeout(() => {
        if (!heading.isConnected) return
        const active = document.activeElement
        const placedByScreen = active !== null && active !== container && container.contains(active)
        if (!placedByScreen) {
          heading.setAttribute('tabindex', '-1')
          heading.focus()
        }
        const notices = [...container.querySelectorAll(`[${ARRIVAL_NOTICE_ATTRIBUTE}]`)].map(
          (notice) => notice.textContent?.trim() ?? '',
        )
        announce([document.title, ...notices].filter(Boolean).join('. '))
      }, 0)
    })
  })
}
