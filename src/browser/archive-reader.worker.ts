/**
 * The unpacking of a zip archive of backup files, away from the page: the archive sent is read,
 * listed, checked against the archive's limits and its .json entries inflated; the result is posted
 * once, the entries' bytes transferred rather than copied.
 */
import { unpackArchive } from './archive-unzip'
import type { ArchiveReply } from './archive-reader'

addEventListener('message', (event: MessageEvent<Blob>) => {
  void (async () => {
    const data = await event.data.arrayBuffer().catch(() => null)
    const result: ArchiveReply = data
      ? await unpackArchive(new Uint8Array(data))
      : { ok: false, problem: { kind: 'unreadable' } }
    const buffers = result.ok ? result.entries.flatMap((e) => (e.bytes ? [e.bytes.buffer as ArrayBuffer] : [])) : []
    postMessage(result, { transfer: buffers })
  })()
})
