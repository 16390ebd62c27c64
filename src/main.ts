/** Entry point: mounts the app with its router and stores. */
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { afterFirstPaint } from './after-first-paint'
import { PRERENDERED_ATTRIBUTE } from './prerender-markup'
import { registerServiceWorker } from './service-worker'
import './styles.css'

// Mounting replaces the home screen that the built page holds (see prerender-markup.ts).
createApp(App).use(createPinia()).use(router).mount('#app')
document.getElementById('app')?.removeAttribute(PRERENDERED_ATTRIBUTE)
if (import.meta.env.PROD) afterFirstPaint(registerServiceWorker)
