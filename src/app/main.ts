/** Entry point: mounts the app with its router and stores. */
// The design tokens and base first: every component's own scoped style comes after them.
import '../styles.css'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { afterFirstPaint } from './after-first-paint'
import { afterPrefetches } from './prefetch'
import { PRERENDERED_ATTRIBUTE } from './prerender-markup'
import { registerServiceWorker } from './service-worker'

/** Set on the app's container once the app has started, so that it never starts twice. */
const STARTED_ATTRIBUTE = 'data-capsi-started'

function start(): void {
  const root = document.getElementById('app')
  // On a file share, the classic build and (where a browser allows it) the module build both load.
  if (!root || root.hasAttribute(STARTED_ATTRIBUTE)) return
  root.setAttribute(STARTED_ATTRIBUTE, '')
  const app = createApp(App).use(createPinia()).use(router)
  // Mounted once the first screen (its code included) is ready, so that it replaces the home screen
  // that the built page holds (see prerender-markup.ts) at once, with no empty screen in between.
  void router
    .isReady()
    .catch(() => undefined)
    .then(() => {
      app.mount(root)
      root.removeAttribute(PRERENDERED_ATTRIBUTE)
    })
  // Browsers register no service worker for a page opened from a file share.
  if (import.meta.env.PROD && !__FILE_SHARE__) afterFirstPaint(() => afterPrefetches(registerServiceWorker))
}

// The module build runs once the page is read; the classic build, added by deep-link.js, may come sooner.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true })
else start()
