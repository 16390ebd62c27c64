/**
 * Whether the library's saved records (structures, assessments, answers) may have changed since a
 * screen read them: a count of the writes this tab began on them and of those other tabs announced
 * on a BroadcastChannel. The Atelier and « Mes structures » read the library again only when the
 * count moved, instead of 50 000 answers at each visit. A write is counted as its transaction
 * begins, so a read begun after the count was taken sees it (IndexedDB runs them in that order).
 * Where BroadcastChannel is missing, other tabs cannot be heard: the count is then unknown (null)
 * and every visit reads again, as before. A page the browser froze or kept in its back-forward
 * cache may have missed messages: its count moves when it comes back.
 */
const CHANNEL = 'capsi-data-changes'

let count = 0
/** The channel once listened to; null where there is none. */
let channel: BroadcastChannel | null | undefined

function listen(): BroadcastChannel | null {
  if (channel !== undefined) return channel
  if (typeof BroadcastChannel === 'undefined') return (channel = null)
  channel = new BroadcastChannel(CHANNEL)
  channel.onmessage = () => {
    count += 1
  }
  // Node's channels (the unit tests) would otherwise keep the process alive.
  ;(channel as unknown as { unref?: () => void }).unref?.()
  if (typeof window !== 'undefined') {
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) count += 1
    })
    document.addEventListener('resume', () => {
      count += 1
    })
  }
  return channel
}

/** Counts a write begun in this tab, and tells the other tabs. */
export function noteDataWrite(): void {
  listen()?.postMessage('changed')
  count += 1
}

/** The count now, to compare with the one taken at a read; null when other tabs cannot be heard. */
export function dataChangeCount(): number | null {
  return listen() ? count : null
}
