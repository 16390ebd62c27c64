/**
 * One editing tab per assessment. A Web Lock named after the assessment is held while a tab edits
 * it; another tab that opens the same assessment gets it read-only instead of silently overwriting
 * the first. Saves are announced on a BroadcastChannel so read-only tabs can show fresh answers.
 */

export interface HeldLock {
  release(): void
}

/**
 * Tries to take the lock; resolves with null when another tab holds it. With `waitMs`, waits that long
 * for the other tab to let it go (a tab that has just left the assessment releases it a moment later).
 */
export function tryLock(name: string, waitMs = 0): Promise<HeldLock | null> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  // Without Web Locks (very old browsers) there is no way to coordinate: editing stays allowed.
  if (!locks) return Promise.resolve({ release: () => undefined })
  const options: LockOptions = waitMs > 0 ? { signal: AbortSignal.timeout(waitMs) } : { ifAvailable: true }
  return new Promise((resolve) => {
    locks
      .request(name, options, (lock) => {
        if (!lock) {
          resolve(null)
          return undefined
        }
        return new Promise<void>((release) => resolve({ release: () => release() }))
      })
      // The wait ran out while the other tab still held the lock.
      .catch(() => resolve(null))
  })
}

const CHANNEL = 'capsi-saves'
/** The channel saves are announced on, opened at the first save and kept (one per tab). */
let announcer: BroadcastChannel | null = null

/** Announces that an assessment was saved. */
export function announceSave(assessmentId: string): void {
  if (typeof BroadcastChannel === 'undefined') return
  announcer ??= new BroadcastChannel(CHANNEL)
  announcer.postMessage({ assessmentId })
}

/** Calls back when another tab saves an assessment; returns a function that stops listening. */
export function onSaveElsewhere(callback: (assessmentId: string) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined
  const channel = new BroadcastChannel(CHANNEL)
  channel.onmessage = (event: MessageEvent<{ assessmentId?: unknown }>) => {
    if (typeof event.data.assessmentId === 'string') callback(event.data.assessmentId)
  }
  return () => channel.close()
}
