/** Entry point: mounts the app with its router and stores. */
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { afterFirstPaint } from './after-first-paint'
import { afterPrefetches } from './prefetch'
import { PRERENDERED_ATTRIBUTE } from './prerender-markup'
import { registerServiceWorker } from './service-worker'
import '../styles.css'

/** Set on the app's container once the app has started, so that it never starts twice. */
const STARTED_ATTRIBUTE = 'data-capsi-started'

function start(): void {
  const root = document.getElementById('app')
  // On a file share, the classic build and (where a browser allows it) the module build both load.
  if (!root || root.hasAttribute(STARTED_ATTRIBUTE)) return
  root.setAttribute(STARTED_ATTRIBUTE, '')
  // Mounting replaces the home screen that the built page holds (see prerender-markup.ts).
  createApp(App).use(createPinia()).use(router).mount(root)
  root.removeAttribute(PRERENDERED_ATTRIBUTE)
  // Browsers register no service worker for a page opened from a file share.
  if (import.meta.env.PROD && !__FILE_SHARE__) afterFirstPaint(() => afterPrefetches(registerServiceWorker))
}

// The module build runs once the page is read; the classic build, added by deep-link.js, may come sooner.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true })
else start()
