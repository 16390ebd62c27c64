/** Entry point: mounts the app with its router and stores. */
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { afterFirstPaint } from './after-first-paint'
import { PRERENDERED_ATTRIBUTE } from './prerender-markup'
import { registerServiceWorker } from './service-worker'
import './styles.css'

const container = document.getElementById('app')

function start(): void {
  createApp(App).use(createPinia()).use(router).mount('#app')
  container?.removeAttribute(PRERENDERED_ATTRIBUTE)
  if (import.meta.env.PROD) afterFirstPaint(registerServiceWorker)
}

// The built page already shows the home screen (see prerender-markup.ts), which the app replaces.
start()
