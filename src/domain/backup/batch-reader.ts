/**
 * Reading the files of a batch one after another, in a worker or on the page alike: each file's
 * text is parsed, its checksum and shape checked against the questionnaire versions known so far,
 * and the versions a file accepted brings become known to the files after it.
 */
import type { BackupFile } from './backup'
import { BACKUP_LIMITS } from './bounds'
import { parseBackup, tooLargeIssue, type BackupIssue, type DefinitionRef } from './validate'

/** What reading one file of a batch gave: the file, its faults, or nothing readable. */
export type BatchRead =
  { ok: true; file: BackupFile } | { ok: false; errors: BackupIssue[] } | { ok: false; unreadable: true }

/** The reading of a batch: `size` is checked before the text is read, then `text` is parsed. */
export interface BatchReader {
  tooLarge(size: number): BatchRead | null
  parse(text: string): BatchRead
}

const definitionKey = (d: { id: string; version: string }): string => `${d.id}@${d.version}`

/** A reader that starts from the questionnaire versions `known` (built-in, saved). */
export function createBatchReader(known: readonly DefinitionRef[]): BatchReader {
  const definitions = new Map(known.map((d) => [definitionKey(d), d]))
  return {
    tooLarge: (size) => (size > BACKUP_LIMITS.maxBytes ? { ok: false, errors: [tooLargeIssue(size)] } : null),
    parse(text) {
      const parsed = parseBackup(text, { knownDefinitions: [...definitions.values()] })
      if (!parsed.ok) return { ok: false, errors: parsed.errors }
      for (const d of parsed.file.data.definitions)
        definitions.set(definitionKey(d), { id: d.id, version: d.version, definition: d })
      return { ok: true, file: parsed.file }
    },
  }
}

/** Reads a file of the batch (a File or Blob) with `reader`. */
export async function readBatchFile(reader: BatchReader, file: Blob): Promise<BatchRead> {
  const refused = reader.tooLarge(file.size)
  if (refused) return refused
  const text = await file.text().catch(() => null)
  return text === null ? { ok: false, unreadable: true } : reader.parse(text)
}
