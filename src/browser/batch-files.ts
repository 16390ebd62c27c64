/**
 * The backup files of a batch, gathered from what was chosen or dropped: files, folders (their
 * files, at any depth) and zip archives (their .json entries). Each file taken is a `File` that the
 * batch import reads like any chosen file; an archive refused whole, or an entry of one refused
 * alone, is listed with why; every other file is counted as skipped.
 */
import { entryFileName, isHiddenPath, isJsonName, isZipName, type GatherProblem } from '@/domain/backup'

export interface GatheredFiles {
  files: File[]
  refused: { fileName: string; problem: GatherProblem }[]
  /** Files neither .json nor .zip. */
  skipped: number
}

/** A file with where it was found: its path from the folder chosen or dropped, or its own name. */
interface Found {
  file: File
  path: string
}

const asPromise = <T>(start: (done: (value: T) => void, fail: (error: unknown) => void) => void): Promise<T> =>
  new Promise(start)

/** The entries of a folder: readEntries gives them in batches, until an empty one. */
async function readAll(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader()
  const all: FileSystemEntry[] = []
  for (;;) {
    const batch = await asPromise<FileSystemEntry[]>((done, fail) => reader.readEntries(done, fail))
    if (batch.length === 0) return all
    all.push(...batch)
  }
}

/** The files under a dropped entry, each with its path from the drop (« dossier/sous-dossier/x.json »). */
async function filesUnder(entry: FileSystemEntry): Promise<Found[]> {
  const path = entry.fullPath.replace(/^\/+/, '') || entry.name
  if (entry.isFile) {
    const file = await asPromise<File>((done, fail) => (entry as FileSystemFileEntry).file(done, fail))
    return [{ file, path }]
  }
  if (!entry.isDirectory) return []
  const found: Found[] = []
  const children = (await readAll(entry as FileSystemDirectoryEntry)).sort((a, b) => a.name.localeCompare(b.name))
  for (const child of children) found.push(...(await filesUnder(child)))
  return found
}

/**
 * What a drop holds, taken at once: a DataTransfer's items can be read only while its drop event
 * is handled, so the entries are asked for before anything is awaited.
 */
function dropped(transfer: DataTransfer): Promise<Found[]>[] {
  const items = [...(transfer.items ?? [])].filter((item) => item.kind === 'file')
  if (items.length === 0) return [...transfer.files].map((file) => Promise.resolve([{ file, path: file.name }]))
  return items.map((item) => {
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null
    if (entry?.isDirectory) return filesUnder(entry).catch(() => [])
    const file = item.getAsFile()
    return Promise.resolve(file ? [{ file, path: file.name }] : [])
  })
}

/** A file chosen: a folder's files (a folder input) carry their path from the folder chosen. */
const chosen = (file: File): Found => ({ file, path: file.webkitRelativePath || file.name })

/** The file of `found`, named by its path when it came from a folder. */
const named = ({ file, path }: Found): File =>
  path === file.name ? file : new File([file], path, { type: file.type, lastModified: file.lastModified })

/**
 * Gathers the backup files of `source` (files chosen, or a drop). Call it from the drop's event
 * handler itself, without awaiting anything before: the drop's items are read at once.
 */
export async function gatherBatchFiles(source: FileList | File[] | DataTransfer): Promise<GatheredFiles> {
  const pending =
    source instanceof Array || !('items' in source) ? [Promise.resolve([...source].map(chosen))] : dropped(source)
  const found = (await Promise.all(pending)).flat()
  const out: GatheredFiles = { files: [], refused: [], skipped: 0 }
  for (const item of found) {
    const name = item.path.split('/').pop() ?? item.path
    if (item.path !== item.file.name && isHiddenPath(item.path)) continue
    if (isJsonName(name)) out.files.push(named(item))
    else if (!isZipName(name)) out.skipped++
    else await addArchive(out, named(item))
  }
  return out
}

/** Adds the entries of an archive to `out`, or the archive itself as refused. */
async function addArchive(out: GatheredFiles, archive: File): Promise<void> {
  const { readArchive } = await import('./archive-reader')
  const result = await readArchive(archive)
  if (!result.ok) {
    out.refused.push({ fileName: archive.name, problem: result.problem })
    return
  }
  out.skipped += result.skipped
  for (const entry of result.entries) {
    const fileName = entryFileName(archive.name, entry.name)
    if (entry.bytes) out.files.push(new File([entry.bytes as BlobPart], fileName, { type: 'application/json' }))
    else out.refused.push({ fileName, problem: entry.problem })
  }
}
