import { afterEach, describe, expect, it, vi } from 'vitest'
import { readBackups } from '@/browser/backup-reader'
import { createBatchReader, readBatchFile, type BatchRead } from '@/domain/backup/files'
import type { ReaderRequest } from '@/browser/backup-reader-protocol'
import { resealed, sampleText } from '../backup-fixtures'

type Rec = Record<string, unknown>

const withoutDefinition = resealed((raw) => {
  raw.data.definitions = raw.data.definitions?.filter((d) => (d as Rec).id !== 'exemple-mini') ?? []
})
/** A file refused, one that brings its questionnaire, then one that needs it. */
const files = [
  new File([withoutDefinition], 'a.json'),
  new File(['pas du JSON'], 'b.json'),
  new File([sampleText()], 'c.json'),
  new File([withoutDefinition], 'd.json'),
]

async function all(reads: AsyncIterable<BatchRead>): Promise<BatchRead[]> {
  const out: BatchRead[] = []
  for await (const read of reads) out.push(read)
  return out
}

/** What reading the files one after another gives. */
async function expected(): Promise<BatchRead[]> {
  const reader = createBatchReader([])
  const out: BatchRead[] = []
  for (const file of files) out.push(await readBatchFile(reader, file))
  return out
}

/** A worker that does what the real one does, in this thread, and fails after `failAfter` replies. */
function fakeWorker(failAfter = Infinity): typeof Worker {
  return class extends EventTarget {
    private reader = createBatchReader([])
    private queue = Promise.resolve()
    private replies = 0
    postMessage(request: ReaderRequest): void {
      if (request.type === 'start') this.reader = createBatchReader(request.known)
      else
        this.queue = this.queue.then(async () => {
          const read = await readBatchFile(this.reader, request.file)
          if (this.replies++ >= failAfter) this.dispatchEvent(new Event('error'))
          else this.dispatchEvent(new MessageEvent('message', { data: { index: request.index, read } }))
        })
    }
    terminate(): void {}
  } as unknown as typeof Worker
}

afterEach(() => vi.unstubAllGlobals())

describe('reading the files of a batch', () => {
  it('gives each file its result, in order, on the page when there is no worker', async () => {
    const reads = await all(readBackups(files, []))
    expect(reads.map((r) => r.ok)).toEqual([false, false, true, true])
    expect(reads).toEqual(await expected())
  })

  it('gives the same results through a worker', async () => {
    vi.stubGlobal('Worker', fakeWorker())
    expect(await all(readBackups(files, []))).toEqual(await expected())
  })

  it('goes on on the page when the worker fails, with what the files read so far brought', async () => {
    vi.stubGlobal('Worker', fakeWorker(3))
    expect(await all(readBackups(files, []))).toEqual(await expected())
  })

  it('reads on the page when the worker cannot be started', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('refusé', 'SecurityError')
        }
      },
    )
    expect(await all(readBackups(files, []))).toEqual(await expected())
  })
})
