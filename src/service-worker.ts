/**
 * Registers the service worker that keeps the app and its built-in questionnaires available offline.
 * It is registered once the first screen is shown and the browser is idle: installing it reads and
 * caches every file of the app, which would otherwise compete with drawing that first screen.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  const register = (): void => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {
      // Without a service worker the app still works; only the offline use is lost.
    })
  }
  if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 2000 })
  else setTimeout(register, 1000)
}
