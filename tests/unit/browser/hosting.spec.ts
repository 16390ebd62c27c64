import { afterEach, describe, expect, it, vi } from 'vitest'
import { hostingMode, offlineStatus } from '@/browser/hosting'

function servedFrom(href: string, secure: boolean, serviceWorker?: { getRegistration: () => Promise<unknown> }): void {
  vi.stubGlobal('location', new URL(href))
  vi.stubGlobal('isSecureContext', secure)
  vi.stubGlobal('navigator', serviceWorker ? { serviceWorker } : {})
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('hostingMode and offlineStatus', () => {
  it('on a plain-HTTP intranet server (not a secure context), offline use is not available, for that reason', async () => {
    servedFrom('http://intranet/outils/capsi/', false)
    expect(hostingMode()).toBe('insecure')
    expect(await offlineStatus()).toBe('insecure')
  })

  it('opened from a folder, the app is read from there, not from a service worker', async () => {
    const getRegistration = vi.fn(() => Promise.resolve(undefined))
    servedFrom('file:///srv/partage/CapSI/index.html', true, { getRegistration })
    expect(hostingMode()).toBe('file')
    expect(await offlineStatus()).toBe('file')
    expect(getRegistration).not.toHaveBeenCalled()
  })

  it('over HTTPS, is ready once a service worker is active, and not yet before or after a failed installation', async () => {
    servedFrom('https://capsi.example.fr/', true, { getRegistration: () => Promise.resolve({ active: {} }) })
    expect(hostingMode()).toBe('secure')
    expect(await offlineStatus()).toBe('ready')
    servedFrom('https://capsi.example.fr/', true, {
      getRegistration: () => Promise.resolve({ active: null, installing: {} }),
    })
    expect(await offlineStatus()).toBe('not-yet')
    servedFrom('https://capsi.example.fr/', true, { getRegistration: () => Promise.reject(new Error('refusé')) })
    expect(await offlineStatus()).toBe('not-yet')
  })

  it('in a secure context without service workers (a private window of some browsers), says the browser does not allow it', async () => {
    servedFrom('http://localhost:4173/', true)
    expect(await offlineStatus()).toBe('unsupported')
  })
})
