/**
 * Unpacks a zip archive of backup files in a module worker, off the page's thread. Where no worker
 * can be started or it fails (a copy opened from a file share: Chromium refuses module workers on
 * file://), the page unpacks it itself, a slice of entries at a time, giving the browser a turn
 * between slices. fflate is loaded only then, or by the worker: never with the page's first screen.
 */
import { nextTask } from './next-task'
import type { UnpackResult } from './archive-unzip'

export type ArchiveReply = UnpackResult

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./archive-reader.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return null
  }
}

/** The worker's unpacking of `archive`, or null if the worker could not do it. */
function inWorker(archive: Blob): Promise<UnpackResult | null> {
  const worker = typeof Worker !== 'undefined' ? startWorker() : null
  if (!worker) return Promise.resolve(null)
  return new Promise<UnpackResult | null>((done) => {
    worker.addEventListener('message', (event: MessageEvent<UnpackResult>) => done(event.data))
    worker.addEventListener('error', () => done(null))
    worker.addEventListener('messageerror', () => done(null))
    try {
      worker.postMessage(archive)
    } catch {
      done(null)
    }
  }).finally(() => worker.terminate())
}

/** Unpacks `archive`; `useWorker: false` unpacks on the page. */
export async function readArchive(
  archive: Blob,
  { useWorker = true }: { useWorker?: boolean } = {},
): Promise<UnpackResult> {
  const fromWorker = useWorker ? await inWorker(archive) : null
  if (fromWorker) return fromWorker
  const data = await archive.arrayBuffer().catch(() => null)
  if (!data) return { ok: false, problem: { kind: 'unreadable' } }
  const { unpackArchive } = await import('./archive-unzip')
  return unpackArchive(new Uint8Array(data), nextTask)
}
