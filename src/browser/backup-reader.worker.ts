/**
 * The reading of a batch of backup files, away from the page: parsing, checksum and validation of
 * each file in turn, each result posted as soon as it is known.
 */
import { createBatchReader, readBatchFile, type BatchReader } from '@/domain/backup/files'
import type { ReaderRequest, ReaderReply } from './backup-reader-protocol'

let reader: BatchReader = createBatchReader([])
/** The files are read in the order they were sent, one at a time. */
let queue: Promise<void> = Promise.resolve()

addEventListener('message', (event: MessageEvent<ReaderRequest>) => {
  const request = event.data
  if (request.type === 'start') reader = createBatchReader(request.known)
  else
    queue = queue.then(async () => {
      postMessage({ index: request.index, read: await readBatchFile(reader, request.file) } satisfies ReaderReply)
    })
})
