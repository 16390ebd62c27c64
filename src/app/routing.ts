/* eslint-disable vue/one-component-per-file -- the router's view and link components belong with the router */
/**
 * A small hash router: an explicit route table, `RouterView`, `RouterLink`, `useRoute`,
 * `useRouter` and `onBeforeRouteLeave`. Hash URLs (`#/evaluation/…`) work from any static host,
 * sub-path or file share. It replaces a general-purpose router to keep the first download small.
 */
import {
  computed,
  defineAsyncComponent,
  defineComponent,
  getCurrentInstance,
  h,
  inject,
  onUnmounted,
  shallowRef,
  type App,
  type Component,
  type InjectionKey,
  type PropType,
} from 'vue'

export interface RouteRecord {
  path: string
  name: string
  component: Component | (() => Promise<Component | { default: Component }>)
  /** Pass the route's parameters to the component as props. */
  props?: boolean
  meta?: { title?: string }
}

export interface Route {
  name: string
  path: string
  params: Record<string, string>
  query: Record<string, string>
  meta: { title?: string }
}

export type RouteTarget = string | { name: string; params?: Record<string, string>; query?: Record<string, string> }

interface CompiledRoute {
  record: RouteRecord
  pattern: RegExp
  keys: string[]
  view: Component
}

type LeaveGuard = (to: Route, from: Route) => void

const ROUTER_KEY: InjectionKey<Router> = Symbol('router')

function compile(record: RouteRecord): CompiledRoute {
  const keys: string[] = []
  const source =
    record.path === '/:pathMatch(.*)*'
      ? '.*'
      : record.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:([a-zA-Z]+)/g, (_m, key: string) => {
          keys.push(key)
          return '([^/]+)'
        })
  const isLoader =
    typeof record.component === 'function' && !('setup' in record.component) && !('render' in record.component)
  const view = isLoader
    ? defineAsyncComponent(record.component as () => Promise<Component>)
    : (record.component as Component)
  return { record, pattern: new RegExp(`^${source}$`), keys, view }
}

function parseQuery(search: string): Record<string, string> {
  const query: Record<string, string> = {}
  for (const [key, value] of new URLSearchParams(search)) query[key] = value
  return query
}

/** Splits a location hash (`#/a/b?x=1`) into its path and query. */
export function parseHash(hash: string): { path: string; query: Record<string, string> } {
  const raw = hash.replace(/^#/, '') || '/'
  const [path = '/', search = ''] = raw.split('?')
  return { path: path.startsWith('/') ? path : `/${path}`, query: parseQuery(search) }
}

/** A path matched to its route. */
interface ResolvedRoute {
  route: Route
  compiled: CompiledRoute
}

export class Router {
  private readonly routes: CompiledRoute[]
  private readonly leaveGuards = new Set<LeaveGuard>()
  private readonly afterHooks: ((to: Route) => void)[] = []
  readonly current = shallowRef<Route>({ name: '', path: '/', params: {}, query: {}, meta: {} })
  readonly view = shallowRef<{ component: Component; props: Record<string, string> } | null>(null)

  constructor(records: RouteRecord[]) {
    this.routes = records.map(compile)
  }

  /** Finds the route of a path; the last record (catch-all) matches anything. */
  resolve(path: string, query: Record<string, string> = {}): ResolvedRoute | null {
    for (const compiled of this.routes) {
      const match = compiled.pattern.exec(path)
      if (!match) continue
      const params: Record<string, string> = {}
      compiled.keys.forEach((key, i) => {
        params[key] = decodeURIComponent(match[i + 1] ?? '')
      })
      return { route: { name: compiled.record.name, path, params, query, meta: compiled.record.meta ?? {} }, compiled }
    }
    return null
  }

  /** The href (`#/…`) of a target given by path or by route name and parameters. */
  href(target: RouteTarget): string {
    if (typeof target === 'string') return `#${target}`
    const record = this.routes.find((r) => r.record.name === target.name)?.record
    if (!record) return '#/'
    const path = record.path.replace(/:([a-zA-Z]+)/g, (_m, key: string) =>
      encodeURIComponent(target.params?.[key] ?? ''),
    )
    const search = new URLSearchParams(target.query ?? {}).toString()
    return `#${path}${search ? `?${search}` : ''}`
  }

  push(target: RouteTarget): Promise<void> {
    const href = this.href(target)
    if (location.hash === href) return Promise.resolve()
    location.hash = href
    return new Promise((done) => setTimeout(done, 0)).then(() => this.sync())
  }

  afterEach(hook: (to: Route) => void): void {
    this.afterHooks.push(hook)
  }

  addLeaveGuard(guard: LeaveGuard): () => void {
    this.leaveGuards.add(guard)
    return () => this.leaveGuards.delete(guard)
  }

  /** Reads the location and shows the matching view. */
  sync(): void {
    const { path, query } = parseHash(location.hash)
    const found = this.resolve(path, query)
    if (!found) return
    const previous = this.current.value
    if (
      previous.path === found.route.path &&
      JSON.stringify(previous.query) === JSON.stringify(found.route.query) &&
      this.view.value
    )
      return
    for (const guard of [...this.leaveGuards]) guard(found.route, previous)
    this.show(found)
    if (previous.path !== found.route.path) window.scrollTo(0, 0)
    for (const hook of this.afterHooks) hook(found.route)
  }

  install(app: App): void {
    app.provide(ROUTER_KEY, this)
    // Rendered at build time (no window): the home screen, without listening to the location.
    if (typeof window === 'undefined') {
      const home = this.resolve('/')
      if (home) this.show(home)
      return
    }
    window.addEventListener('hashchange', () => this.sync())
    this.sync()
  }

  /** Makes a resolved route the current one and its view the one shown. */
  private show(found: ResolvedRoute): void {
    this.current.value = found.route
    this.view.value = { component: found.compiled.view, props: found.compiled.record.props ? found.route.params : {} }
  }
}

export function createHashRouter(routes: RouteRecord[]): Router {
  return new Router(routes)
}

export function useRouter(): Router {
  const router = inject(ROUTER_KEY)
  if (!router) throw new Error('Le routeur n’est pas installé.')
  return router
}

/** The current route, reactive. */
export function useRoute(): Route {
  const router = useRouter()
  return new Proxy({} as Route, { get: (_target, key: keyof Route) => router.current.value[key] })
}

/** Calls the guard when the user leaves the current route, while the calling component is mounted. */
export function onBeforeRouteLeave(guard: LeaveGuard): void {
  const router = useRouter()
  if (!getCurrentInstance()) return
  const remove = router.addLeaveGuard(guard)
  onUnmounted(remove)
}

export const RouterView = defineComponent({
  name: 'RouterView',
  setup() {
    const router = useRouter()
    return () => {
      const view = router.view.value
      return view ? h(view.component, { ...view.props, key: router.current.value.path }) : null
    }
  },
})

export const RouterLink = defineComponent({
  name: 'RouterLink',
  props: {
    to: { type: [String, Object] as PropType<RouteTarget>, required: true },
    activeClass: { type: String, default: 'router-link-active' },
    exactActiveClass: { type: String, default: 'router-link-exact-active' },
  },
  setup(props, { slots }) {
    const router = useRouter()
    const href = computed(() => router.href(props.to))
    const exact = computed(
      () =>
        href.value ===
          router.href({
            name: router.current.value.name,
            params: router.current.value.params,
            query: router.current.value.query,
          }) || href.value === `#${router.current.value.path}`,
    )
    return () =>
      h(
        'a',
        {
          href: href.value,
          class: exact.value ? [props.exactActiveClass, props.activeClass] : [],
          'aria-current': exact.value ? 'page' : undefined,
        },
        slots.default?.(),
      )
  },
})
