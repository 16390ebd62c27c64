/**
 * One editing tab per record where the browser has no Web Locks (a page served over plain HTTP).
 * A tab holds a lease in IndexedDB (src/storage/leases.ts), renews it while it lives, and answers on a
 * BroadcastChannel when another tab asks whether it is still there. A tab that finds the lease held
 * asks its holder: an answer means the record is being edited; silence means the holder was closed
 * or killed, and the lease is taken over. « Modifier ici » steals the lease, and the tab that held it
 * learns it at once from the channel (or at its next renewal) and becomes read-only.
 */
import type { ClaimOptions, ClaimResult } from '@/storage/leases'

/** How long a lease lasts unless renewed: what decides when there is no channel to ask the holder on. */
export const LEASE_MS = 15_000
/** How often a tab renews its leases. */
export const HEARTBEAT_MS = 5_000
/** How long a live holder has to answer before it is taken for gone. */
export const PROBE_MS = 600

export type LeaseMessage =
  | { type: 'probe'; name: string; holder: string }
  | { type: 'alive'; name: string; holder: string }
  | { type: 'taken'; name: string; by: string }
  | { type: 'released'; name: string; by: string }

/** The lease records, as src/storage/leases.ts keeps them. */
export interface LeaseStore {
  claim(name: string, owner: string, options: ClaimOptions): Promise<ClaimResult>
  renew(name: string, owner: string, at: number, duration: number): Promise<boolean>
  release(name: string, owner: string): Promise<void>
}

/** The channel the tabs of the app talk on; null where the browser has none. */
export interface LeaseChannel {
  post(message: LeaseMessage): void
  listen(callback: (message: LeaseMessage) => void): void
}

export interface LeaseDeps {
  store: LeaseStore
  channel: LeaseChannel | null
  tabId: string
  now: () => number
  probeMs?: number
  heartbeatMs?: number
  leaseMs?: number
}

export interface LeaseRequest {
  steal?: boolean
  /** Called when another tab takes the lease over. */
  onLost?: () => void
}

export interface LeaseHandle {
  release(): void
}

export interface LeaseLocks {
  request(name: string, request?: LeaseRequest): Promise<LeaseHandle | null>
  /** Gives every lease up, as when the page is hidden for good or put in the back-forward cache. */
  releaseAll(): void
  /** Renews the leases now and tells the losers (when the page comes back into view). */
  renewAll(): Promise<void>
}

export function createLeaseLocks(deps: LeaseDeps): LeaseLocks {
  const probeMs = deps.probeMs ?? PROBE_MS
  const heartbeatMs = deps.heartbeatMs ?? HEARTBEAT_MS
  const leaseMs = deps.leaseMs ?? LEASE_MS
  const { store, channel, tabId } = deps
  /** The leases this tab holds, with whom to tell when one is lost. */
  const held = new Map<string, LeaseRequest>()
  /** Probes waiting for an answer, by lock name and holder. */
  const probes = new Map<string, () => void>()
  let heartbeat: ReturnType<typeof setInterval> | null = null

  channel?.listen((message) => {
    if (message.type === 'probe' && message.holder === tabId && held.has(message.name))
      channel.post({ type: 'alive', name: message.name, holder: tabId })
    else if (message.type === 'alive') probes.get(`${message.name}\n${message.holder}`)?.()
    else if (message.type === 'taken' && message.by !== tabId && held.has(message.name)) void check(message.name)
  })

  /** Keeps the lease if the database still says it is this tab's (a late message may tell of an older claim). */
  async function check(name: string): Promise<void> {
    const mine = await store.renew(name, tabId, deps.now(), leaseMs).catch(() => true)
    if (!mine) lose(name)
  }

  function lose(name: string): void {
    const entry = held.get(name)
    if (!entry) return
    held.delete(name)
    stopHeartbeatIfIdle()
    entry.onLost?.()
  }

  /** True when the holder answers within probeMs. */
  function probe(name: string, holder: string): Promise<boolean> {
    if (!channel) return Promise.resolve(false)
    const key = `${name}\n${holder}`
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        probes.delete(key)
        resolve(false)
      }, probeMs)
      probes.set(key, () => {
        clearTimeout(timer)
        probes.delete(key)
        resolve(true)
      })
      channel.post({ type: 'probe', name, holder })
    })
  }

  async function renewAll(): Promise<void> {
    for (const name of [...held.keys()]) await check(name)
  }

  function startHeartbeat(): void {
    heartbeat ??= setInterval(() => void renewAll(), heartbeatMs)
  }

  function stopHeartbeatIfIdle(): void {
    if (held.size > 0 || !heartbeat) return
    clearInterval(heartbeat)
    heartbeat = null
  }

  function release(name: string): void {
    if (!held.delete(name)) return
    stopHeartbeatIfIdle()
    void store.release(name, tabId).catch(() => undefined)
    channel?.post({ type: 'released', name, by: tabId })
  }

  async function request(name: string, { steal = false, onLost }: LeaseRequest = {}): Promise<LeaseHandle | null> {
    // As with Web Locks, a page asking again for a lock it holds waits its turn, or takes it from itself.
    if (held.has(name)) {
      if (!steal) return null
      lose(name)
    }
    const options = { at: deps.now(), duration: leaseMs, steal }
    let result = await store.claim(name, tabId, options)
    if (!result.ok) {
      // Held by another tab: it keeps the record if it is still there (or, with no channel to ask on, while its lease runs).
      const { owner, expiresAt } = result.holder
      const alive = channel ? await probe(name, owner) : expiresAt > deps.now()
      if (alive) return null
      result = await store.claim(name, tabId, { at: deps.now(), duration: leaseMs, takeFrom: owner })
      if (!result.ok) return null
    }
    held.set(name, { onLost })
    startHeartbeat()
    // The tab that held it, if any (stolen, or only slow to answer), stops editing at once.
    channel?.post({ type: 'taken', name, by: tabId })
    return { release: () => release(name) }
  }

  function releaseAll(): void {
    for (const [name, entry] of [...held]) {
      release(name)
      entry.onLost?.()
    }
  }

  return { request, releaseAll, renewAll }
}
