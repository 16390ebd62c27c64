/**
 * Where the page is served from, as far as the browser's offer depends on it. Offline use (a service
 * worker), installation as an app, persistent storage and the storage estimate are only given to
 * secure contexts (HTTPS, localhost); a plain-HTTP intranet server gets none of them, and a page
 * opened from a file share reads its files from the share rather than from a service worker's cache.
 */

/** `secure`: HTTPS or localhost; `insecure`: plain HTTP under a host name; `file`: opened from a folder. */
export type HostingMode = 'secure' | 'insecure' | 'file'

/** Whether the app can be opened without a network here, and if not, why. */
export type OfflineStatus = 'ready' | 'not-yet' | 'insecure' | 'unsupported' | 'file'

export function hostingMode(): HostingMode {
  if (typeof location !== 'undefined' && location.protocol === 'file:') return 'file'
  return globalThis.isSecureContext === false ? 'insecure' : 'secure'
}

/**
 * `ready` once a service worker keeps the app's files for this page; `not-yet` while it is being
 * installed (or when its installation failed: the next visit tries again).
 */
export async function offlineStatus(): Promise<OfflineStatus> {
  const mode = hostingMode()
  if (mode !== 'secure') return mode
  const workers = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker
  if (!workers) return 'unsupported'
  const registration = await workers.getRegistration().catch(() => undefined)
  return registration?.active ? 'ready' : 'not-yet'
}
