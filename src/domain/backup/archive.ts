/**
 * The rules of a zip archive of backup files, as the workshop's batch import opens it: which
 * entries are taken, and the limits beyond which an archive is refused whole before anything is
 * unpacked. The unpacking itself is done elsewhere (src/browser); these rules only read the
 * archive's listing, so that an archive too large is refused without being inflated.
 */
import { BACKUP_LIMITS } from './bounds'

export const ARCHIVE_LIMITS = {
  /** The most backup files (.json entries) one archive may hold. */
  entries: 2000,
  /** The most bytes the .json entries of one archive may hold once unpacked, together. */
  totalBytes: 200 * 1024 * 1024,
  /** The most bytes one entry may hold once unpacked: a backup file's own limit. */
  entryBytes: BACKUP_LIMITS.maxBytes,
} as const

/** An entry of an archive's listing, as the archive declares it (nothing unpacked yet). */
export interface ArchiveEntry {
  /** Its path in the archive, folders separated by « / » (a folder's own entry ends with « / »). */
  name: string
  /** Its size once unpacked, as declared: the unpacking never writes more. */
  originalSize: number
}

/** Why an archive was refused whole. */
export type ArchiveProblem =
  | { kind: 'unreadable' }
  | { kind: 'too-many'; count: number; limit: number }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'no-json' }

/** Why one file of a batch (an archive, or an entry of one) was refused before being read. */
export type GatherProblem =
  | ArchiveProblem
  | { kind: 'entry-too-large'; bytes: number; limit: number }
  | { kind: 'entry-unreadable' }
  | { kind: 'nested-archive' }

const lower = (name: string): string => name.toLowerCase()
export const isJsonName = (name: string): boolean => lower(name).endsWith('.json')
export const isZipName = (name: string): boolean => lower(name).endsWith('.zip')

/**
 * Whether a path names a hidden or system entry: a file or folder whose name starts with a dot, or
 * the « __MACOSX » folder macOS adds to the archives it makes (copies of the files' metadata).
 */
export function isHiddenPath(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.') || part === '__MACOSX')
}

/** What is done with an archive: the entries to unpack and those refused alone, or why it is refused whole. */
export type ArchivePlan =
  | {
      ok: true
      /** Indexes in the listing of the .json entries to unpack. */
      taken: number[]
      /** Entries refused alone, not unpacked: .json too large to be a backup file, archives inside the archive. */
      refused: { index: number; problem: GatherProblem }[]
      /** Entries neither .json nor .zip (hidden and system entries are left out silently). */
      skipped: number
    }
  | { ok: false; problem: ArchiveProblem }

/** Decides from an archive's listing what is unpacked, or refuses it whole. */
export function planArchive(entries: readonly ArchiveEntry[]): ArchivePlan {
  const taken: number[] = []
  const refused: { index: number; problem: GatherProblem }[] = []
  let skipped = 0
  let total = 0
  entries.forEach((entry, index) => {
    if (entry.name.endsWith('/') || isHiddenPath(entry.name)) return
    if (isZipName(entry.name)) refused.push({ index, problem: { kind: 'nested-archive' } })
    else if (!isJsonName(entry.name)) skipped++
    else if (entry.originalSize > ARCHIVE_LIMITS.entryBytes)
      refused.push({
        index,
        problem: { kind: 'entry-too-large', bytes: entry.originalSize, limit: ARCHIVE_LIMITS.entryBytes },
      })
    else {
      taken.push(index)
      total += entry.originalSize
    }
  })
  const count = taken.length + refused.filter((r) => r.problem.kind === 'entry-too-large').length
  if (count > ARCHIVE_LIMITS.entries)
    return { ok: false, problem: { kind: 'too-many', count, limit: ARCHIVE_LIMITS.entries } }
  if (total > ARCHIVE_LIMITS.totalBytes)
    return { ok: false, problem: { kind: 'too-large', bytes: total, limit: ARCHIVE_LIMITS.totalBytes } }
  if (count === 0 && refused.length === 0) return { ok: false, problem: { kind: 'no-json' } }
  return { ok: true, taken, refused, skipped }
}

/** The name of the file an entry becomes, saying where it came from: « envoi.zip › dossier/structure-12.json ». */
export function entryFileName(archiveName: string, entryName: string): string {
  return `${archiveName} › ${entryName}`
}
