import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { claimLease, openLeaseDb, releaseLease, renewLease, type LeaseDb } from '@/storage/leases'
import { createLeaseLocks, type LeaseChannel, type LeaseLocks, type LeaseMessage } from '@/browser/tab-lease'

/** The tabs of one browser: a shared lease database and a channel each tab hears the others on. */
class Browser {
  private readonly listeners = new Map<string, (message: LeaseMessage) => void>()
  constructor(readonly db: LeaseDb) {}

  channelFor(tabId: string): LeaseChannel {
    return {
      // Delivered a turn later, like a BroadcastChannel message, to every other live tab.
      post: (message) =>
        setTimeout(() => {
          for (const [id, listener] of this.listeners) if (id !== tabId) listener(message)
        }, 1),
      listen: (callback) => {
        this.listeners.set(tabId, callback)
      },
    }
  }

  /** A tab killed by the system: it answers nothing and renews nothing any more. */
  kill(tabId: string): void {
    this.listeners.delete(tabId)
  }
}

const timers: LeaseLocks[] = []
let browser: Browser
let clock = 1_000_000

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory()
  browser = new Browser(await openLeaseDb())
  clock = 1_000_000
})

afterEach(() => {
  // Stops the tabs' heartbeats.
  for (const tab of timers.splice(0)) tab.releaseAll()
})

function openTab(tabId: string, options: { channel?: boolean; heartbeatMs?: number } = {}): LeaseLocks {
  const db = browser.db
  const tab = createLeaseLocks({
    store: {
      claim: (name, owner, claim) => claimLease(db, name, owner, claim),
      renew: (name, owner, at, duration) => renewLease(db, name, owner, at, duration),
      release: (name, owner) => releaseLease(db, name, owner),
    },
    channel: options.channel === false ? null : browser.channelFor(tabId),
    tabId,
    now: () => clock,
    probeMs: 250,
    heartbeatMs: options.heartbeatMs ?? 20,
    leaseMs: 1000,
  })
  timers.push(tab)
  return tab
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('editing leases without Web Locks', () => {
  it('gives a record to one tab at a time; the other gets it once the first lets it go', async () => {
    const first = openTab('a')
    const second = openTab('b')
    const held = await first.request('capsi-service-1')
    expect(held).not.toBeNull()
    expect(await second.request('capsi-service-1')).toBeNull()
    expect(await second.request('capsi-service-2')).not.toBeNull()
    held?.release()
    await wait(5)
    expect(await second.request('capsi-service-1')).not.toBeNull()
  })

  it('refuses a second request of the same page for a lock it holds, as Web Locks do', async () => {
    const tab = openTab('a')
    expect(await tab.request('capsi-group-1')).not.toBeNull()
    expect(await tab.request('capsi-group-1')).toBeNull()
  })

  it('lets « Modifier ici » take the record over, and tells the tab that had it', async () => {
    const first = openTab('a')
    const second = openTab('b')
    let firstLost = 0
    await first.request('capsi-assessment-1', { onLost: () => firstLost++ })
    const taken = await second.request('capsi-assessment-1', { steal: true })
    expect(taken).not.toBeNull()
    await vi.waitFor(() => expect(firstLost).toBe(1))
    // The first tab, now read-only, cannot take it back without asking to.
    expect(await first.request('capsi-assessment-1')).toBeNull()
  })

  it('takes over the record of a killed tab, which answers nothing', async () => {
    const first = openTab('a')
    const second = openTab('b')
    await first.request('capsi-assessment-1')
    browser.kill('a')
    // No wait for the lease to run out: the silence of its holder is enough.
    expect(await second.request('capsi-assessment-1')).not.toBeNull()
  })

  it('without a channel, waits for the lease of a killed tab to run out', async () => {
    // A tab killed before its first renewal.
    const first = openTab('a', { channel: false, heartbeatMs: 60_000 })
    const second = openTab('b', { channel: false })
    await first.request('capsi-assessment-1')
    expect(await second.request('capsi-assessment-1')).toBeNull()
    clock += 1001
    expect(await second.request('capsi-assessment-1')).not.toBeNull()
  })

  it('keeps the lease of a live tab beyond its first duration by renewing it', async () => {
    const first = openTab('a', { channel: false })
    const second = openTab('b', { channel: false })
    await first.request('capsi-assessment-1')
    clock += 900
    // The next heartbeat extends the lease from the new time.
    await vi.waitFor(async () =>
      expect((await browser.db.get('leases', 'capsi-assessment-1'))?.expiresAt).toBe(clock + 1000),
    )
    clock += 900
    expect(await second.request('capsi-assessment-1')).toBeNull()
  })

  it('a tab that was only slow to answer learns at its next renewal that the record was taken', async () => {
    const first = openTab('a', { channel: false })
    let lost = 0
    await first.request('capsi-assessment-1', { onLost: () => lost++ })
    // Another tab took the lease while this one was frozen.
    await claimLease(browser.db, 'capsi-assessment-1', 'b', { at: clock, duration: 1000, steal: true })
    await first.renewAll()
    expect(lost).toBe(1)
  })

  it('gives every lease up when the page goes away', async () => {
    const first = openTab('a')
    const second = openTab('b')
    await first.request('capsi-assessment-1')
    await first.request('capsi-group-1')
    first.releaseAll()
    await wait(5)
    expect(await second.request('capsi-assessment-1')).not.toBeNull()
    expect(await second.request('capsi-group-1')).not.toBeNull()
  })
})
