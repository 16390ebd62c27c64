/**
 * Routes, with hash history (`#/donnees`) so that the app works from any static host, sub-path or
 * file share. Every screen but the home screen is loaded on demand.
 */
import {
  createMemoryHistory,
  createRouter,
  createWebHashHistory,
  type RouteLocationNormalized,
  type RouteRecordRaw,
} from 'vue-router'
import HomeView from '@/views/HomeView.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** The screen's name in the page's title. */
    title?: string
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView, meta: { title: 'Mes structures' } },
  {
    path: '/evaluation/:id',
    name: 'assessment',
    component: () => import('@/views/AssessmentView.vue'),
    props: true,
    meta: { title: 'Évaluation' },
  },
  {
    path: '/evaluation/:id/resultats',
    name: 'results',
    component: () => import('@/views/ResultsView.vue'),
    props: true,
    meta: { title: 'Résultats' },
  },
  {
    path: '/evaluation/:id/plan',
    name: 'plan',
    component: () => import('@/views/ActionPlanView.vue'),
    props: true,
    meta: { title: 'Plan d’action' },
  },
  {
    path: '/structure/:structureId/modifier',
    name: 'structure',
    component: () => import('@/views/StructureView.vue'),
    props: true,
    meta: { title: 'Modifier la structure' },
  },
  {
    path: '/structure/:structureId/services',
    name: 'services',
    component: () => import('@/views/ServicesView.vue'),
    props: true,
    meta: { title: 'Grilles de conformité' },
  },
  {
    path: '/service/:id',
    name: 'service',
    component: () => import('@/views/ServiceView.vue'),
    props: true,
    meta: { title: 'Grille de conformité' },
  },
  { path: '/donnees', name: 'data', component: () => import('@/views/DataView.vue'), meta: { title: 'Mes données' } },
  {
    path: '/atelier',
    name: 'workshop',
    component: () => import('@/views/WorkshopView.vue'),
    meta: { title: 'Atelier' },
  },
  {
    path: '/atelier/:groupId',
    name: 'group',
    component: () => import('@/views/GroupView.vue'),
    props: true,
    meta: { title: 'Groupe de structures' },
  },
  {
    path: '/accessibilite',
    name: 'accessibility',
    component: () => import('@/views/AccessibilityView.vue'),
    meta: { title: 'Accessibilité' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/NotFoundView.vue'),
    meta: { title: 'Page introuvable' },
  },
]

/** The page's title on a screen: the screen's own title, then the app's name. */
export function documentTitle(to: Pick<RouteLocationNormalized, 'meta'>): string {
  return to.meta.title ? `${to.meta.title} — CapSI` : 'CapSI'
}

export const router = createRouter({
  // Rendered at build time (no window, see prerender.ts): a history in memory whose links are hash links.
  history: typeof window === 'undefined' ? createMemoryHistory('#') : createWebHashHistory(),
  routes,
  // A new screen opens at the top of the page; a change of query (a filter, a question) keeps the scroll.
  scrollBehavior: (to, from) => (to.path === from.path ? false : { top: 0 }),
})

router.afterEach((to, _from, failure) => {
  // A navigation cancelled (by the user, see leave-guard.ts) leaves the title of the screen still shown.
  if (!failure && typeof document !== 'undefined') document.title = documentTitle(to)
})
