/**
 * One editing tab per record (an assessment, a conformity grid, a workshop group). A lock named after
 * the record is held while a tab edits it; another tab that opens the same record gets it read-only
 * instead of silently overwriting the first, and can take the editing over (« Modifier ici »): the
 * first tab is then told and becomes read-only. Web Locks do it where the browser has them; elsewhere
 * (a page served over plain HTTP) a lease in IndexedDB with a BroadcastChannel does the same
 * (tab-lease.ts). Saves are announced on a BroadcastChannel so read-only tabs can show fresh data.
 */
import { claimLease, openLeaseDb, releaseLease, renewLease, type LeaseDb } from '@/storage/leases'
import { createLeaseLocks, type LeaseChannel, type LeaseLocks, type LeaseMessage } from './tab-lease'

export interface HeldLock {
  release(): void
}

export interface LockRequest {
  /** Takes the lock from the tab holding it (« Modifier ici »). */
  steal?: boolean
  /** Called when another tab takes the lock over. */
  onLost?: () => void
}

/** Tries to take the lock; resolves with null when another tab holds it (and `steal` is not set). */
export function tryLock(name: string, request: LockRequest = {}): Promise<HeldLock | null> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  return locks ? webLock(locks, name, request) : leaseLocks().request(name, request)
}

function webLock(locks: LockManager, name: string, { steal = false, onLost }: LockRequest): Promise<HeldLock | null> {
  return new Promise((resolve) => {
    let held = false
    locks
      .request(name, steal ? { steal: true } : { ifAvailable: true }, (lock) => {
        if (!lock) {
          resolve(null)
          return undefined
        }
        held = true
        return new Promise<void>((release) =>
          resolve({
            release: () => {
              held = false
              release()
            },
          }),
        )
      })
      // A lock stolen by another tab rejects its request: this tab no longer edits.
      .catch(() => {
        if (!held) return resolve(null)
        held = false
        onLost?.()
      })
  })
}

const LOCK_CHANNEL = 'capsi-locks'
let fallback: LeaseLocks | null = null

/** A random id for this page, from a generator every context has (randomUUID needs a secure one). */
function pageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

function leaseLocks(): LeaseLocks {
  if (fallback) return fallback
  let db: Promise<LeaseDb> | null = null
  const open = () => (db ??= openLeaseDb())
  let channel: LeaseChannel | null = null
  if (typeof BroadcastChannel !== 'undefined') {
    const broadcast = new BroadcastChannel(LOCK_CHANNEL)
    channel = {
      post: (message) => broadcast.postMessage(message),
      listen: (callback) => {
        broadcast.onmessage = (event: MessageEvent<LeaseMessage>) => callback(event.data)
      },
    }
  }
  const locks = createLeaseLocks({
    store: {
      claim: async (name, owner, options) => claimLease(await open(), name, owner, options),
      renew: async (name, owner, at, duration) => renewLease(await open(), name, owner, at, duration),
      release: async (name, owner) => releaseLease(await open(), name, owner),
    },
    channel,
    tabId: pageId(),
    now: () => Date.now(),
  })
  if (typeof window !== 'undefined') {
    // A page that goes away lets its records go at once, instead of when a probe finds it silent.
    window.addEventListener('pagehide', () => locks.releaseAll())
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void locks.renewAll()
    })
  }
  fallback = locks
  return locks
}

const CHANNEL = 'capsi-saves'
/** The channel saves are announced on, opened at the first save and kept (one per tab). */
let announcer: BroadcastChannel | null = null

/** Announces that a record was saved, by the name of its lock. */
export function announceSave(lockName: string): void {
  if (typeof BroadcastChannel === 'undefined') return
  announcer ??= new BroadcastChannel(CHANNEL)
  announcer.postMessage({ lockName })
}

/** Calls back when another tab saves a record; returns a function that stops listening. */
export function onSaveElsewhere(callback: (lockName: string) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined
  const channel = new BroadcastChannel(CHANNEL)
  channel.onmessage = (event: MessageEvent<{ lockName?: unknown }>) => {
    if (typeof event.data.lockName === 'string') callback(event.data.lockName)
  }
  return () => channel.close()
}
