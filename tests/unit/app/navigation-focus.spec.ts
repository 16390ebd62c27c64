// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { shallowRef } from 'vue'
import { ARRIVAL_NOTICE_ATTRIBUTE, focusNewScreens } from '@/app/navigation-focus'

interface Route {
  path: string
  query: Record<string, string>
  matched: readonly unknown[]
}
type AfterHook = (to: Route, from: Route, failure?: unknown) => unknown

/** A router reduced to what the focus needs: the current route, and the hooks called after each change. */
function fakeRouter(first: Route | null) {
  const hooks: AfterHook[] = []
  // Before its first screen, vue-router's current route matches no record.
  const currentRoute = shallowRef<Route>(first ?? { path: '/', query: {}, matched: [] })
  return {
    currentRoute,
    afterEach: (hook: AfterHook) => void hooks.push(hook),
    go(path: string, query: Record<string, string> = {}) {
      const from = currentRoute.value
      currentRoute.value = { path, query, matched: [path] }
      for (const hook of hooks) hook(currentRoute.value, from)
    },
    /** A change that did not happen: the user chose to stay on the screen. */
    cancel(path: string) {
      for (const hook of hooks) hook({ path, query: {}, matched: [path] }, currentRoute.value, { type: 4 })
    },
  }
}

const home: Route = { path: '/', query: {}, matched: ['/'] }
/** Lets the pending microtasks, observers and zero-delay timers run. */
const settle = () => new Promise((done) => setTimeout(done, 20))

let main: HTMLElement
let announced: string[]

beforeEach(() => {
  document.body.innerHTML =
    '<a href="#contenu" class="skip-link">Aller au contenu</a><main id="contenu" tabindex="-1"><h1>Mes structures</h1></main>'
  main = document.querySelector('main') as HTMLElement
  announced = []
  document.title = 'Évaluation — CapSI'
})

afterEach(() => {
  document.body.innerHTML = ''
})

function start(first: Route | null) {
  const router = fakeRouter(first)
  focusNewScreens(
    router,
    () => main,
    (text) => announced.push(text),
  )
  return router
}

describe('focusNewScreens', () => {
  it('puts the focus on the new screen’s heading once its data are shown, and announces its title with its arrival notice', async () => {
    const router = start(home)
    router.go('/evaluation/a1')
    main.innerHTML = '<p>Chargement…</p>'
    await settle()
    expect(document.activeElement).toBe(document.body)

    main.innerHTML = `<h1>Résultats</h1><p ${ARRIVAL_NOTICE_ATTRIBUTE}>Évaluation terminée.</p>`
    await settle()
    const heading = main.querySelector('h1')
    expect(document.activeElement).toBe(heading)
    expect(heading?.getAttribute('tabindex')).toBe('-1')
    expect(announced).toEqual(['Évaluation — CapSI. Évaluation terminée.'])
  })

  it('leaves the focus alone on the first screen of a visit, so that the skip link stays the first stop', async () => {
    const router = start(null)
    router.go('/evaluation/a1')
    main.innerHTML = '<h1>Évaluation</h1>'
    await settle()
    expect(document.activeElement).toBe(document.body)
    expect(announced).toEqual([])
  })

  it('keeps the focus where the new screen put it (a question opened from the results)', async () => {
    const router = start(home)
    router.go('/evaluation/a1', { question: 'gouv-budget-si' })
    main.innerHTML = '<h1>Évaluation</h1><input type="radio" name="q" aria-label="Oui" />'
    main.querySelector('input')?.focus()
    await settle()
    expect(document.activeElement).toBe(main.querySelector('input'))
    expect(announced).toEqual(['Évaluation — CapSI'])
  })

  it('keeps the focus where it was when a change of screen is cancelled', async () => {
    const router = start(home)
    const field = document.createElement('input')
    main.append(field)
    field.focus()
    router.cancel('/donnees')
    main.insertAdjacentHTML('beforeend', '<h1>Mes données</h1>')
    await settle()
    expect(document.activeElement).toBe(field)
    expect(announced).toEqual([])
  })

  it('keeps the screen and the focus when only the query changes', async () => {
    const router = start(home)
    const field = document.createElement('input')
    main.append(field)
    field.focus()
    router.go('/', { filtre: 'ehpad' })
    await settle()
    expect(document.activeElement).toBe(field)
    expect(announced).toEqual([])
  })
})
