/**
 * Input typed but not yet saved is never lost by a wrong click. A screen whose form saves only when
 * submitted registers whether it holds such input (`useUnsavedInput`); leaving the screen then (a
 * link, the back button, an address typed) asks the user first, and may be cancelled; closing or
 * reloading the page makes the browser ask. Screens that save every change at once register nothing.
 */
import { inject, onBeforeUnmount, provide, type InjectionKey } from 'vue'
import { START_LOCATION, type RouteLocationNormalized, type Router } from 'vue-router'

/** The screens' sources of unsaved input, each a function that says whether it holds some. */
export interface UnsavedInput {
  /** Adds a source; returns the function that removes it. */
  add(holdsUnsaved: () => boolean): () => void
  /** Whether any source holds unsaved input. */
  any(): boolean
}

export function createUnsavedInput(): UnsavedInput {
  const sources = new Set<() => boolean>()
  return {
    add(holdsUnsaved) {
      sources.add(holdsUnsaved)
      return () => sources.delete(holdsUnsaved)
    },
    any: () => [...sources].some((holdsUnsaved) => holdsUnsaved()),
  }
}

const UNSAVED_INPUT_KEY: InjectionKey<UnsavedInput> = Symbol('unsaved-input')

/** Creates the app's record of unsaved input and gives it to every screen below the caller. */
export function provideUnsavedInput(): UnsavedInput {
  const input = createUnsavedInput()
  provide(UNSAVED_INPUT_KEY, input)
  return input
}

/**
 * Tells the app, while the calling component is shown, whether it holds input not yet saved.
 * @param holdsUnsaved true while something typed would be lost by leaving the screen
 */
export function useUnsavedInput(holdsUnsaved: () => boolean): void {
  const input = inject(UNSAVED_INPUT_KEY, null)
  if (!input) return
  onBeforeUnmount(input.add(holdsUnsaved))
}

/**
 * Whether leaving `from` for `to` must first be confirmed: only when input is unsaved, and only when
 * the screen changes (a change of query, such as a filter or a question shown, keeps the screen and its input).
 */
export function leaveNeedsConfirmation(
  to: Pick<RouteLocationNormalized, 'path'>,
  from: Pick<RouteLocationNormalized, 'path'>,
  unsaved: boolean,
): boolean {
  return unsaved && from !== START_LOCATION && to.path !== from.path
}

/**
 * Before each change of screen with unsaved input, asks the user whether to leave (true) or stay
 * (false, which cancels the change and leaves the focus where it was); while such input exists,
 * closing or reloading the page makes the browser ask too. Returns the function that stops guarding.
 */
export function guardUnsavedInput(router: Router, input: UnsavedInput, ask: () => Promise<boolean>): () => void {
  // A second change asked for while the question is open (the back button pressed again) gets the same answer.
  let question: Promise<boolean> | null = null
  const askOnce = (): Promise<boolean> => {
    question ??= confirmKeepingFocus(ask).finally(() => {
      question = null
    })
    return question
  }
  const removeGuard = router.beforeEach((to, from) =>
    leaveNeedsConfirmation(to, from, input.any()) ? askOnce() : true,
  )
  const onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (input.any()) event.preventDefault()
  }
  window.addEventListener('beforeunload', onBeforeUnload)
  return () => {
    removeGuard()
    window.removeEventListener('beforeunload', onBeforeUnload)
  }
}

/** Asks, and when the user stays, puts the focus back where it was before the question. */
async function confirmKeepingFocus(ask: () => Promise<boolean>): Promise<boolean> {
  const focused = document.activeElement
  const leave = await ask()
  if (!leave && focused instanceof HTMLElement && focused.isConnected && focused !== document.activeElement)
    focused.focus()
  return leave
}
