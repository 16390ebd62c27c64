/**
 * Registers the service worker that keeps the app and its built-in questionnaires available offline.
 * It is registered once the first screen is shown and the browser is idle: installing it reads and
 * caches every file of the app, which would otherwise compete with drawing that first screen.
 */
export function registerServiceWorker(): void {
  // Browsers give service workers to secure contexts only: on a plain-HTTP server, or in a browser
  // without them, there is nothing to register, and « Mes données » says that offline use is not available.
  if (!('serviceWorker' in navigator)) return
  const register = (): void => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {
      // Without a service worker the app still works; only the offline use is lost, which « Mes
      // données » shows (not ready for offline use).
    })
  }
  if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 2000 })
  else setTimeout(register, 1000)
}
