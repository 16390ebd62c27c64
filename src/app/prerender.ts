/**
 * Build-time entry: renders the home screen, as the app first draws it (no data read yet), so that
 * `index.html` shows it before the app's code has run. See `prerender-markup.ts` and `main.ts`.
 */
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'

export async function renderHome(): Promise<string> {
  const app = createSSRApp(App).use(createPinia()).use(router)
  await router.push('/')
  await router.isReady()
  return renderToString(app)
}
