// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter, START_LOCATION, type RouteRecordRaw } from 'vue-router'
import { documentTitle, router, routes } from '@/app/router'
import { createUnsavedInput, guardUnsavedInput, leaveNeedsConfirmation } from '@/app/leave-guard'

describe('route table', () => {
  it.each([
    ['/', 'home', {}, 'Mes structures — CapSI'],
    ['/evaluation/a1', 'assessment', { id: 'a1' }, 'Évaluation — CapSI'],
    ['/evaluation/a1/resultats', 'results', { id: 'a1' }, 'Résultats — CapSI'],
    ['/evaluation/a1/plan', 'plan', { id: 'a1' }, 'Plan d’action — CapSI'],
    ['/structure/s1/modifier', 'structure', { structureId: 's1' }, 'Modifier la structure — CapSI'],
    ['/structure/s1/services', 'services', { structureId: 's1' }, 'Grilles de conformité — CapSI'],
    ['/service/v1', 'service', { id: 'v1' }, 'Grille de conformité — CapSI'],
    ['/donnees', 'data', {}, 'Mes données — CapSI'],
    ['/atelier', 'workshop', {}, 'Atelier — CapSI'],
    ['/atelier/g1', 'group', { groupId: 'g1' }, 'Groupe de structures — CapSI'],
    ['/accessibilite', 'accessibility', {}, 'Accessibilité — CapSI'],
    ['/nulle/part', 'not-found', { pathMatch: ['nulle', 'part'] }, 'Page introuvable — CapSI'],
  ])('opens %s as the screen « %s », titled « %s »', (path, name, params, title) => {
    const found = router.resolve(path)
    expect(found.name).toBe(name)
    expect(found.params).toEqual(params)
    expect(documentTitle(found)).toBe(title)
  })

  it('gives each screen with a parameter that parameter as a prop, decoded', () => {
    const found = router.resolve('/evaluation/a%201/resultats')
    expect(found.params).toEqual({ id: 'a 1' })
    for (const record of found.matched) expect(record.props.default).toBe(true)
  })

  it('loads every screen but the home screen on demand', () => {
    const lazy = routes.filter((route) => typeof route.component === 'function' && !('setup' in route.component))
    expect(routes.map((route) => route.name).filter((name) => !lazy.some((route) => route.name === name))).toEqual([
      'home',
    ])
  })

  it('builds hash links from names, parameters and query, encoding them', () => {
    expect(router.resolve({ name: 'assessment', params: { id: 'a/1' }, query: { question: 'q 1' } }).href).toBe(
      '#/evaluation/a%2F1?question=q+1',
    )
    expect(router.resolve('/donnees').href).toBe('#/donnees')
  })

  it('names the app alone on a screen without a title', () => {
    expect(documentTitle({ meta: {} })).toBe('CapSI')
  })
})

describe('leaveNeedsConfirmation', () => {
  const form = { path: '/atelier' }
  it('asks only when input is unsaved and the screen changes', () => {
    expect(leaveNeedsConfirmation({ path: '/donnees' }, form, true)).toBe(true)
    expect(leaveNeedsConfirmation({ path: '/atelier/g1' }, form, true)).toBe(true)
    expect(leaveNeedsConfirmation({ path: '/donnees' }, form, false)).toBe(false)
  })

  it('does not ask when only the query changes, nor on the first screen of a visit', () => {
    expect(leaveNeedsConfirmation({ path: '/atelier' }, form, true)).toBe(false)
    expect(leaveNeedsConfirmation({ path: '/donnees' }, START_LOCATION, true)).toBe(false)
  })
})

describe('guardUnsavedInput', () => {
  const View = defineComponent({ setup: () => () => null })
  const table: RouteRecordRaw[] = ['/', '/atelier', '/donnees'].map((path) => ({ path, component: View }))
  let stop: () => void = () => undefined

  afterEach(() => stop())

  /** A router on the workshop screen, whose form holds unsaved input while `unsaved.value` is true. */
  async function onFormScreen(answers: boolean[]) {
    const testRouter = createRouter({ history: createMemoryHistory(), routes: table })
    await testRouter.push('/atelier')
    const input = createUnsavedInput()
    const unsaved = { value: true }
    input.add(() => unsaved.value)
    const ask = vi.fn(() => Promise.resolve(answers.shift() ?? true))
    stop = guardUnsavedInput(testRouter, input, ask)
    return { testRouter, unsaved, ask, input }
  }

  it('stays on the screen when the user chooses to stay, and leaves when they choose to leave', async () => {
    const { testRouter, ask } = await onFormScreen([false, true])
    await testRouter.push('/donnees')
    expect(testRouter.currentRoute.value.path).toBe('/atelier')
    await testRouter.push('/donnees')
    expect(testRouter.currentRoute.value.path).toBe('/donnees')
    expect(ask).toHaveBeenCalledTimes(2)
  })

  it('does not ask once the input is saved, or for a change of query', async () => {
    const { testRouter, unsaved, ask } = await onFormScreen([false])
    await testRouter.push('/atelier?vue=tableau')
    expect(testRouter.currentRoute.value.fullPath).toBe('/atelier?vue=tableau')
    unsaved.value = false
    await testRouter.push('/donnees')
    expect(testRouter.currentRoute.value.path).toBe('/donnees')
    expect(ask).not.toHaveBeenCalled()
  })

  it('asks once when a second change comes while the question is open', async () => {
    const { testRouter, ask } = await onFormScreen([])
    let answer: (leave: boolean) => void = () => undefined
    ask.mockImplementation(() => new Promise<boolean>((resolve) => (answer = resolve)))
    const first = testRouter.push('/donnees')
    await Promise.resolve()
    const second = testRouter.push('/')
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1))
    answer(false)
    await Promise.all([first, second])
    expect(ask).toHaveBeenCalledTimes(1)
    expect(testRouter.currentRoute.value.path).toBe('/atelier')
  })

  it('makes the browser ask before closing the page only while input is unsaved', async () => {
    const { unsaved } = await onFormScreen([])
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(event)
      return event.defaultPrevented
    }
    expect(unload()).toBe(true)
    unsaved.value = false
    expect(unload()).toBe(false)
  })

  it('forgets a source once removed (its screen closed)', () => {
    const input = createUnsavedInput()
    const remove = input.add(() => true)
    expect(input.any()).toBe(true)
    remove()
    expect(input.any()).toBe(false)
  })
})
