import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { createHashRouter, parseHash } from '@/app/routing'

const View = defineComponent({ setup: () => () => null })
const router = createHashRouter([
  { path: '/', name: 'home', component: View },
  { path: '/evaluation/:id', name: 'assessment', component: View, props: true },
  { path: '/evaluation/:id/resultats', name: 'results', component: View, props: true, meta: { title: 'Résultats' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: View },
])

describe('hash routing', () => {
  it('splits a hash into path and query', () => {
    expect(parseHash('#/evaluation/a1?question=gouv-budget-si')).toEqual({
      path: '/evaluation/a1',
      query: { question: 'gouv-budget-si' },
    })
    expect(parseHash('')).toEqual({ path: '/', query: {} })
  })

  it('matches routes with parameters and keeps their meta', () => {
    const found = router.resolve('/evaluation/a%201/resultats')
    expect(found?.route).toMatchObject({ name: 'results', params: { id: 'a 1' }, meta: { title: 'Résultats' } })
  })

  it('sends unknown paths to the catch-all route', () => {
    expect(router.resolve('/nulle/part')?.route.name).toBe('not-found')
  })

  it('builds hrefs from names, parameters and query, encoding them', () => {
    expect(router.href({ name: 'assessment', params: { id: 'a/1' }, query: { question: 'q 1' } })).toBe(
      '#/evaluation/a%2F1?question=q+1',
    )
    expect(router.href('/donnees')).toBe('#/donnees')
  })
})
