/**
 * The focus kept across the change from the first page (QuestionnaireFirstPage.vue) to the survey:
 * the radio button, the comment (with its caret) or the page heading the user was on is found again
 * in the survey's page, by the question's name and the choice's value, and takes the focus there. A
 * keyboard or screen reader user goes on where they were.
 */

export type FocusSpot =
  | { kind: 'choice'; question: string; value: string }
  | { kind: 'comment'; question: string; start: number; end: number }
  | { kind: 'heading' }

/** Where the focus is within `root`, or null if it is elsewhere. */
export function focusedSpot(root: HTMLElement): FocusSpot | null {
  const active = document.activeElement
  if (!(active instanceof HTMLElement) || !root.contains(active)) return null
  if (active.tagName === 'H2') return { kind: 'heading' }
  const question = active.closest<HTMLElement>('[data-name]')?.dataset.name
  if (question === undefined) return null
  if (active instanceof HTMLInputElement && active.type === 'radio')
    return { kind: 'choice', question, value: active.value }
  if (active instanceof HTMLTextAreaElement)
    return { kind: 'comment', question, start: active.selectionStart, end: active.selectionEnd }
  return null
}

/** The element of `root` that stands where `spot` was, once it is drawn. */
function findSpot(root: HTMLElement, spot: FocusSpot): HTMLElement | null {
  if (spot.kind === 'heading') return root.querySelector<HTMLElement>('h2')
  const question = root.querySelector(`[data-name="${CSS.escape(spot.question)}"]`)
  if (!question) return null
  if (spot.kind === 'comment') return question.querySelector('textarea')
  return question.querySelector<HTMLElement>(`input[type="radio"][value="${CSS.escape(spot.value)}"]`)
}

/** How many frames the survey may take to draw its page before the focus is given up. */
const DRAW_FRAMES = 30

/** Puts the focus back on `spot` in `root` once the survey has drawn it (unless the user moved it meanwhile). */
export function restoreFocus(root: () => HTMLElement | null, spot: FocusSpot): void {
  let frames = 0
  const attempt = (): void => {
    const element = root() ? findSpot(root() as HTMLElement, spot) : null
    if (!element) {
      if (++frames < DRAW_FRAMES) requestAnimationFrame(attempt)
      return
    }
    // The focus left with the first page: it went to the body. Anywhere else, the user moved it.
    if (document.activeElement && document.activeElement !== document.body) return
    if (spot.kind === 'heading') element.setAttribute('tabindex', '-1')
    element.focus()
    if (spot.kind === 'comment' && element instanceof HTMLTextAreaElement)
      element.setSelectionRange(spot.start, spot.end)
  }
  requestAnimationFrame(attempt)
}
