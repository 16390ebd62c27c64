import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { tryLock } from '@/browser/tab-lock'

/** An in-memory lock manager with the Web Locks behaviour the app relies on (exclusive locks, ifAvailable, steal). */
class FakeLockManager {
  /** The holder of each lock: the function that rejects its request when the lock is stolen. */
  private readonly held = new Map<string, (reason: Error) => void>()

  request(name: string, options: LockOptions, callback: (lock: Lock | null) => unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const holder = this.held.get(name)
      if (holder && options.ifAvailable) return resolve(callback(null))
      if (holder && !options.steal) throw new Error('this fake only serves ifAvailable and steal requests')
      if (holder) holder(new DOMException('The lock was stolen', 'AbortError'))
      const stolen = (reason: Error) => reject(reason)
      this.held.set(name, stolen)
      void Promise.resolve(callback({ name, mode: 'exclusive' } as Lock)).then((value) => {
        if (this.held.get(name) === stolen) this.held.delete(name)
        resolve(value)
      })
    })
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

function withLocks(): void {
  vi.stubGlobal('navigator', { locks: new FakeLockManager() })
}

describe('tryLock with Web Locks', () => {
  it('gives the lock to one tab at a time, and again once it is released', async () => {
    withLocks()
    const first = await tryLock('capsi-assessment-a')
    expect(first).not.toBeNull()
    expect(await tryLock('capsi-assessment-a')).toBeNull()
    expect(await tryLock('capsi-assessment-b')).not.toBeNull()
    first!.release()
    await Promise.resolve()
    expect(await tryLock('capsi-assessment-a')).not.toBeNull()
  })

  it('lets « Modifier ici » take the lock, and tells the tab that held it', async () => {
    withLocks()
    const onLost = vi.fn()
    await tryLock('capsi-service-a', { onLost })
    expect(await tryLock('capsi-service-a', { steal: true })).not.toBeNull()
    await vi.waitFor(() => expect(onLost).toHaveBeenCalledTimes(1))
    expect(await tryLock('capsi-service-a')).toBeNull()
  })

  it('does not call a released lock lost', async () => {
    withLocks()
    const onLost = vi.fn()
    const held = await tryLock('capsi-group-a', { onLost })
    held!.release()
    await tryLock('capsi-group-a', { steal: true })
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(onLost).not.toHaveBeenCalled()
  })
})

describe('tryLock without Web Locks (a page served over plain HTTP)', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory()
  })

  it('still gives the lock to one holder at a time, through the lease fallback', async () => {
    vi.stubGlobal('navigator', {})
    const onLost = vi.fn()
    const first = await tryLock('capsi-assessment-a', { onLost })
    expect(first).not.toBeNull()
    expect(await tryLock('capsi-assessment-a')).toBeNull()
    expect(await tryLock('capsi-assessment-a', { steal: true })).not.toBeNull()
    expect(onLost).toHaveBeenCalledTimes(1)
  })
})
