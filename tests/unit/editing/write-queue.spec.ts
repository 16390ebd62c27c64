import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { createPinia, setActivePinia } from 'pinia'
import { SLOW_SAVE_MS, createWriteQueue } from '@/editing/write-queue'
import { useDatabaseStore } from '@/stores/database'

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory()
  setActivePinia(createPinia())
  // The connection is opened with real timers; the tests then control time.
  await useDatabaseStore().db()
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

/** A write that takes `ms` milliseconds. */
const writeTaking = (ms: number) => () => new Promise<void>((done) => setTimeout(done, ms))

describe('createWriteQueue', () => {
  it('does not say « saving » for a quick write, and counts it once done', async () => {
    const queue = createWriteQueue()
    const done = queue.enqueue(writeTaking(20))
    expect(queue.pendingWrites.value).toBe(1)
    await vi.advanceTimersByTimeAsync(20)
    await done
    expect(queue.slow.value).toBe(false)
    expect(queue.savedCount.value).toBe(1)
    expect(queue.pendingWrites.value).toBe(0)
    await vi.advanceTimersByTimeAsync(SLOW_SAVE_MS)
    expect(queue.slow.value).toBe(false)
  })

  it('says « saving » once a write has waited longer than the threshold, until every write is done', async () => {
    const queue = createWriteQueue()
    void queue.enqueue(writeTaking(SLOW_SAVE_MS + 300))
    const last = queue.enqueue(writeTaking(100))
    await vi.advanceTimersByTimeAsync(SLOW_SAVE_MS - 1)
    expect(queue.slow.value).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(queue.slow.value).toBe(true)
    await vi.advanceTimersByTimeAsync(300)
    // The first write is done, the second still runs.
    expect(queue.savedCount.value).toBe(1)
    expect(queue.slow.value).toBe(true)
    await vi.advanceTimersByTimeAsync(100)
    await last
    expect(queue.slow.value).toBe(false)
    expect(queue.savedCount.value).toBe(2)
  })

  it('tells the caller whether a write is durable, and remembers that the last one failed until one succeeds', async () => {
    const queue = createWriteQueue()
    expect(await queue.save(() => Promise.resolve())).toBe(true)
    const savedAt = queue.lastSavedAt.value
    const failed = await queue.save(() => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')))
    expect(failed).toBe(false)
    expect(queue.lastFailed.value).toBe(true)
    expect(queue.savedCount.value).toBe(1)
    expect(queue.lastSavedAt.value).toBe(savedAt)
    expect(useDatabaseStore().error).toMatch(/espace de stockage/)
    expect(await queue.save(() => Promise.resolve())).toBe(true)
    expect(queue.lastFailed.value).toBe(false)
    expect(queue.savedCount.value).toBe(2)
  })
})
