/** Routes, with hash history so the app works from any static host, sub-path or file share. */
import { createHashRouter } from './routing'
import HomeView from '@/views/HomeView.vue'

export const router = createHashRouter([
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
])

router.afterEach((to) => {
  const title = typeof to.meta.title === 'string' ? to.meta.title : ''
  document.title = title ? `${title} — CapSI` : 'CapSI'
})
