/**
 * Ordered writes with their save status, shared by the stores that save as the user types: each
 * change reaches the database in the order it was made, and the status says when it is durable.
 */
import { ref } from 'vue'
import { useDatabaseStore } from './database'
import { now } from './clock'

export function createWriteQueue(onSaved?: () => void) {
  const pendingWrites = ref(0)
  const lastSavedAt = ref<string | null>(null)
  /** Writes confirmed durable since the last reset. */
  const savedCount = ref(0)
  let queue: Promise<unknown> = Promise.resolve()

  function enqueue(write: () => Promise<void>): Promise<void> {
    pendingWrites.value++
    const next = queue.then(async () => {
      const ok = await useDatabaseStore().run(async () => {
        await write()
        return true
      })
      if (ok) {
        lastSavedAt.value = now()
        savedCount.value++
        onSaved?.()
      }
    })
    queue = next.finally(() => {
      pendingWrites.value--
    })
    return queue as Promise<void>
  }

  /** Resolves once every write queued so far is done. */
  function idle(): Promise<unknown> {
    return queue
  }

  function reset(): void {
    lastSavedAt.value = null
    savedCount.value = 0
  }

  return { pendingWrites, lastSavedAt, savedCount, enqueue, idle, reset }
}
