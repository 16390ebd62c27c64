import { afterEach, describe, expect, it, vi } from 'vitest'
import { tryLock } from '@/stores/tab-lock'

/** An in-memory lock manager with the Web Locks behaviour the app relies on (exclusive locks). */
class FakeLockManager {
  private readonly held = new Set<string>()
  private readonly waiting = new Map<string, (() => void)[]>()

  request(name: string, options: LockOptions, callback: (lock: Lock | null) => unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const grant = () => {
        this.held.add(name)
        void Promise.resolve(callback({ name, mode: 'exclusive' } as Lock)).then((value) => {
          this.held.delete(name)
          this.waiting.get(name)?.shift()?.()
          resolve(value)
        })
      }
      if (!this.held.has(name)) return grant()
      if (options.ifAvailable) return resolve(callback(null))
      const queue = this.waiting.get(name) ?? []
      this.waiting.set(name, queue)
      queue.push(grant)
      options.signal?.addEventListener('abort', () => {
        queue.splice(queue.indexOf(grant), 1)
        reject(options.signal?.reason)
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

describe('tryLock', () => {
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

  it('waits for a lock that is released a moment later', async () => {
    withLocks()
    const first = await tryLock('capsi-assessment-a')
    const second = tryLock('capsi-assessment-a', 1000)
    setTimeout(() => first!.release(), 20)
    expect(await second).not.toBeNull()
  })

  it('gives up, without the lock, when the other tab keeps it beyond the wait', async () => {
    withLocks()
    await tryLock('capsi-assessment-a')
    expect(await tryLock('capsi-assessment-a', 30)).toBeNull()
  })

  it('lets the tab edit where the browser has no Web Locks', async () => {
    vi.stubGlobal('navigator', {})
    expect(await tryLock('capsi-assessment-a')).not.toBeNull()
  })
})
