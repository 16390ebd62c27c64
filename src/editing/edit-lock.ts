/**
 * The editing lock of the record a store has open (an assessment, a conformity grid, a workshop
 * group): held while this tab edits it, else the record is read-only here until the user takes the
 * editing over (« Modifier ici »). Shared by the stores so that every record behaves the same way.
 */
import { ref } from 'vue'
import { onSaveElsewhere, tryLock, type HeldLock } from '@/browser/tab-lock'

/** How long a record being opened waits for a tab that has just left it to let its lock go. */
const SETTLE_MS = 1000

export interface EditLockHooks {
  /** Reloads the record from the database: after a takeover, and when another tab saved it while this one only shows it. */
  reload: (id: string) => Promise<void>
}

export function createEditLock(kind: 'assessment' | 'service' | 'group', hooks: EditLockHooks) {
  /** Another tab edits this record: this one only shows it. */
  const readOnly = ref(false)
  /** This tab was editing, and another tab took the editing over. */
  const takenElsewhere = ref(false)
  /** A takeover is under way. */
  const takingOver = ref(false)
  let openId: string | null = null
  let lock: HeldLock | null = null
  let stopListening: (() => void) | null = null

  const lockName = (id: string) => `capsi-${kind}-${id}`

  function lost(id: string): void {
    if (openId !== id) return
    lock = null
    readOnly.value = true
    takenElsewhere.value = true
  }

  /** Takes the lock of a record being opened (or leaves it read-only); follows the other tab's saves while read-only. */
  async function acquire(id: string): Promise<void> {
    release()
    openId = id
    readOnly.value = true
    let held = await tryLock(lockName(id), { onLost: () => lost(id) })
    // A tab that has just left the record lets its lock go a moment later: ask again for a short while
    // before settling on read-only, so that leaving in one tab and reloading another edits at once.
    const start = Date.now()
    while (held === null && openId === id && Date.now() - start < SETTLE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      if (openId === id) held = await tryLock(lockName(id), { onLost: () => lost(id) })
    }
    if (openId !== id) {
      held?.release()
      return
    }
    lock = held
    readOnly.value = held === null
    stopListening = onSaveElsewhere((name) => {
      if (readOnly.value && openId === id && name === lockName(id)) void hooks.reload(id)
    })
  }

  /** Takes the editing over from the other tab (« Modifier ici »), then shows the record as saved. */
  async function takeOver(): Promise<void> {
    const id = openId
    if (!id || !readOnly.value || takingOver.value) return
    takingOver.value = true
    try {
      const held = await tryLock(lockName(id), { steal: true, onLost: () => lost(id) })
      if (openId !== id) {
        held?.release()
        return
      }
      lock = held
      if (!held) return
      await hooks.reload(id)
      readOnly.value = false
      takenElsewhere.value = false
    } finally {
      takingOver.value = false
    }
  }

  /** Lets the record go (the user left it). */
  function release(): void {
    lock?.release()
    lock = null
    openId = null
    stopListening?.()
    stopListening = null
    readOnly.value = false
    takenElsewhere.value = false
  }

  return { readOnly, takenElsewhere, takingOver, acquire, takeOver, release, lockName }
}
