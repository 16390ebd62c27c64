/** The messages between the page and the worker that reads a batch of backup files. */
import type { BatchRead, DefinitionRef } from '@/domain/backup/files'

export type ReaderRequest = { type: 'start'; known: DefinitionRef[] } | { type: 'read'; index: number; file: File }

/** The reading of the file sent with `index`. */
export interface ReaderReply {
  index: number
  read: BatchRead
}
