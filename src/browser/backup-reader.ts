/**
 * Reads the files of a batch in a module worker, off the page's thread. Where no worker can be
 * started or it fails (a copy opened from a file share, a browser that refuses it), the same reading
 * goes on in the page, a file at a time, giving the browser a turn between files. Either way the
 * results are the same, in the order of the files.
 */
import { nextTask } from './next-task'
import type { BatchRead, DefinitionRef } from '@/domain/backup/files'
import type { ReaderReply, ReaderRequest } from './backup-reader-protocol'

/** Files sent to the worker before their turn. */
const FILES_AHEAD = 8

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./backup-reader.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return null
  }
}

/**
 * Reads `files` in turn and yields what each gave. `known`: the questionnaire versions known before
 * the batch; `useWorker: false` reads on the page.
 */
export async function* readBackups(
  files: readonly File[],
  known: readonly DefinitionRef[],
  { useWorker = true }: { useWorker?: boolean } = {},
): AsyncGenerator<BatchRead> {
  // Plain data for the worker (the questionnaires may come from reactive state).
  const base = JSON.parse(JSON.stringify(known)) as DefinitionRef[]
  /** The versions brought by the files read so far, for a reading taken over by the page. */
  const brought: DefinitionRef[] = []
  let next = 0
  const worker = useWorker && typeof Worker !== 'undefined' ? startWorker() : null
  if (worker) {
    const replies = new Map<number, BatchRead>()
    let failed = false
    let wake: (() => void) | null = null
    worker.addEventListener('message', (event: MessageEvent<ReaderReply>) => {
      replies.set(event.data.index, event.data.read)
      wake?.()
    })
    const fail = (): void => {
      failed = true
      wake?.()
    }
    worker.addEventListener('error', fail)
    worker.addEventListener('messageerror', fail)
    try {
      worker.postMessage({ type: 'start', known: base } satisfies ReaderRequest)
      // A few files ahead of the one awaited: sending many at once would hold the page.
      let sent = 0
      const send = (): void => {
        for (; sent < Math.min(files.length, next + FILES_AHEAD); sent++)
          worker.postMessage({ type: 'read', index: sent, file: files[sent]! } satisfies ReaderRequest)
      }
      while (next < files.length) {
        const read = replies.get(next)
        send()
        if (read) {
          replies.delete(next)
          next++
          if (read.ok)
            brought.push(...read.file.data.definitions.map((d) => ({ id: d.id, version: d.version, definition: d })))
          yield read
        } else if (failed) break
        else await new Promise<void>((done) => (wake = done))
      }
    } catch {
      // A worker that cannot be sent the files: the page reads them.
    } finally {
      worker.terminate()
    }
  }
  if (next >= files.length) return
  // The validators are loaded on the page only when it reads the files itself.
  const { createBatchReader, readBatchFile } = await import('@/domain/backup/files')
  const reader = createBatchReader([...base, ...brought])
  for (; next < files.length; next++) {
    yield await readBatchFile(reader, files[next]!)
    await nextTask()
  }
}
