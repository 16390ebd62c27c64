/**
 * Ordered writes with their save status, shared by the stores that save as the user types: each
 * change reaches the database in the order it was made, and the status says when it is durable.
 */
import { ref } from 'vue'
import { useDatabaseStore } from '@/stores/database'
import { now } from '@/browser/clock'

/** A write pending longer than this is shown as « Enregistrement… »; quicker ones go straight to « Enregistré à … ». */
export const SLOW_SAVE_MS = 400

export function createWriteQueue(onSaved?: () => void) {
  const pendingWrites = ref(0)
  /** True while a write has been pending for more than SLOW_SAVE_MS. */
  const slow = ref(false)
  let slowTimer: ReturnType<typeof setTimeout> | null = null
  const lastSavedAt = ref<string | null>(null)
  /** Writes confirmed durable since the last reset. */
  const savedCount = ref(0)
  /** The last write failed: what the screen shows may be newer than what is saved. */
  const lastFailed = ref(false)
  let queue: Promise<unknown> = Promise.resolve()

  /** Queues a write; resolves to true once it is durable, to false if it failed (the failure is reported). */
  function save(write: () => Promise<void>): Promise<boolean> {
    pendingWrites.value++
    slowTimer ??= setTimeout(() => {
      slowTimer = null
      slow.value = pendingWrites.value > 0
    }, SLOW_SAVE_MS)
    const next = queue.then(async () => {
      const ok = await useDatabaseStore().run(async () => {
        await write()
        return true
      })
      lastFailed.value = !ok
      if (ok) {
        lastSavedAt.value = now()
        savedCount.value++
        onSaved?.()
      }
      return ok === true
    })
    const settled = next.finally(() => {
      pendingWrites.value--
      if (pendingWrites.value > 0) return
      if (slowTimer) clearTimeout(slowTimer)
      slowTimer = null
      slow.value = false
    })
    queue = settled
    return settled
  }

  /** Queues a write; resolves once it is done, durable or reported. */
  function enqueue(write: () => Promise<void>): Promise<void> {
    return save(write).then(() => undefined)
  }

  /** Resolves once every write queued so far is done. */
  function idle(): Promise<unknown> {
    return queue
  }

  function reset(): void {
    lastSavedAt.value = null
    savedCount.value = 0
    lastFailed.value = false
  }

  return { pendingWrites, slow, lastSavedAt, savedCount, lastFailed, save, enqueue, idle, reset }
}
