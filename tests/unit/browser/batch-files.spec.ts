import { strToU8, zipSync, type Zippable } from 'fflate'
import { describe, expect, it } from 'vitest'
import { gatherBatchFiles } from '@/browser/batch-files'
import { readArchive } from '@/browser/archive-reader'
import { unpackArchive } from '@/browser/archive-unzip'
import { createBatchReader, readBatchFile } from '@/domain/backup/files'
import { batchMessages as t } from '@/i18n/fr-batch'
import { sampleText } from '../backup-fixtures'

const json = (name: string, text = sampleText()): File => new File([text], name, { type: 'application/json' })
const zip = (name: string, files: Zippable): File => new File([zipSync(files) as BlobPart], name)

/** A zip whose entry `damaged` has a deflate stream that cannot be inflated. */
function damagedZip(files: Record<string, string>, damaged: string): Uint8Array {
  const data = zipSync(Object.fromEntries(Object.entries(files).map(([n, text]) => [n, strToU8(text)])), { level: 6 })
  const view = new DataView(data.buffer)
  for (let at = 0; at < data.length - 30; at++) {
    if (view.getUint32(at, true) !== 0x04034b50) continue
    const nameLength = view.getUint16(at + 26, true)
    const extra = view.getUint16(at + 28, true)
    const name = new TextDecoder().decode(data.subarray(at + 30, at + 30 + nameLength))
    // A final block of the reserved type 3: no inflater accepts it.
    if (name === damaged) data[at + 30 + nameLength + extra] = 0x07
  }
  return data
}

/** Fakes of the FileSystem entry API that a drop gives (happy-dom and node have none). */
function fileEntry(path: string, file: File): FileSystemFileEntry {
  return {
    isFile: true,
    isDirectory: false,
    name: path.split('/').pop() ?? path,
    fullPath: `/${path}`,
    file: (done: (f: File) => void) => setTimeout(() => done(file)),
  } as unknown as FileSystemFileEntry
}
/** A folder whose reader gives its entries two at a time, then an empty batch. */
function folderEntry(path: string, children: FileSystemEntry[]): FileSystemDirectoryEntry {
  return {
    isFile: false,
    isDirectory: true,
    name: path.split('/').pop() ?? path,
    fullPath: `/${path}`,
    createReader: () => {
      let next = 0
      return {
        readEntries: (done: (entries: FileSystemEntry[]) => void) =>
          setTimeout(() => done(children.slice(next, (next += 2)))),
      }
    },
  } as unknown as FileSystemDirectoryEntry
}
/** A drop whose items can be read only until `end()` is called, as a browser's drop event handler. */
function drop(items: { entry: FileSystemEntry | null; file: File | null }[]): { transfer: DataTransfer; end(): void } {
  let open = true
  const guard = <T>(value: T): T | null => (open ? value : null)
  const transfer = {
    items: items.map(({ entry, file }) => ({
      kind: 'file',
      webkitGetAsEntry: () => guard(entry),
      getAsFile: () => guard(file),
    })),
    files: [],
  } as unknown as DataTransfer
  return { transfer, end: () => (open = false) }
}

describe('gathering the files of a batch', () => {
  it('takes the .json entries of a zip, named by the archive and their path, and counts the other files as skipped', async () => {
    const text = sampleText()
    const gathered = await gatherBatchFiles([
      zip('envoi.zip', {
        'envoi/structure-1.json': strToU8(text),
        'envoi/Nord/structure-2.json': strToU8(text),
        'envoi/lisez-moi.txt': strToU8('Bonjour'),
        '__MACOSX/envoi/._structure-1.json': strToU8('x'),
      }),
      json('seul.json'),
      new File(['x'], 'photo.png'),
    ])
    expect(gathered.files.map((f) => f.name)).toEqual([
      'envoi.zip › envoi/structure-1.json',
      'envoi.zip › envoi/Nord/structure-2.json',
      'seul.json',
    ])
    expect(gathered.refused).toEqual([])
    expect(gathered.skipped).toBe(2)
    expect(t.skipped(gathered.skipped)).toBe('2 fichiers ignorés\u00a0: ni .json ni .zip.')
    // Each entry is read like a chosen file.
    const reader = createBatchReader([])
    for (const file of gathered.files) expect((await readBatchFile(reader, file)).ok).toBe(true)
    expect(await gathered.files[0]?.text()).toBe(text)
  })

  it('refuses a damaged archive with its reason, and keeps the other files', async () => {
    const whole = zipSync({ 'a.json': strToU8(sampleText()) })
    const gathered = await gatherBatchFiles([
      new File([whole.subarray(0, whole.length - 30) as BlobPart], 'coupee.zip'),
      new File(['ceci n’est pas une archive'], 'faux.zip'),
      zip('vide.zip', { 'lisez-moi.txt': strToU8('rien') }),
      json('bon.json'),
    ])
    expect(gathered.files.map((f) => f.name)).toEqual(['bon.json'])
    expect(gathered.refused.map((r) => t.refusedLine(r.fileName, r.problem))).toEqual([
      'coupee.zip\u00a0: archive illisible ou endommagée.',
      'faux.zip\u00a0: archive illisible ou endommagée.',
      'vide.zip\u00a0: l’archive ne contient aucun fichier .json.',
    ])
  })

  it('refuses alone a damaged entry and an archive inside the archive; the other entries are all taken', async () => {
    const text = sampleText()
    const names = ['s-1.json', 's-2.json', 's-3.json', 's-4.json']
    const data = damagedZip(Object.fromEntries(names.map((n) => [n, text])), 's-2.json')
    const result = await unpackArchive(data, () => Promise.resolve())
    expect(result.ok && result.entries.map((e) => [e.name, e.bytes ? 'lu' : e.problem.kind])).toEqual([
      ['s-1.json', 'lu'],
      ['s-2.json', 'entry-unreadable'],
      ['s-3.json', 'lu'],
      ['s-4.json', 'lu'],
    ])
    const gathered = await gatherBatchFiles([
      new File([data as BlobPart], 'envoi.zip'),
      zip('double.zip', { 'a.json': strToU8(text), 'autre.zip': zipSync({ 'b.json': strToU8(text) }) }),
    ])
    expect(gathered.files.map((f) => f.name)).toEqual([
      'envoi.zip › s-1.json',
      'envoi.zip › s-3.json',
      'envoi.zip › s-4.json',
      'double.zip › a.json',
    ])
    expect(gathered.refused.map((r) => t.refusedLine(r.fileName, r.problem))).toEqual([
      'envoi.zip › s-2.json\u00a0: fichier endommagé dans l’archive.',
      'double.zip › autre.zip\u00a0: archive dans l’archive, non ouverte\u00a0: décompressez-la et choisissez son contenu.',
    ])
  })

  it('unpacks on the page the same as anywhere, many entries in turn', async () => {
    const files: Zippable = {}
    for (let i = 0; i < 300; i++) files[`lot/s-${String(i).padStart(3, '0')}.json`] = strToU8(`{"n":${i}}`)
    const archive = new File([zipSync(files) as BlobPart], 'lot.zip')
    const result = await readArchive(archive, { useWorker: false })
    expect(result.ok && result.entries.length).toBe(300)
    expect(result.ok && new TextDecoder().decode(result.entries[299]?.bytes)).toBe('{"n":299}')
  })

  it('takes the files of a dropped folder at any depth, reading each folder until it gives no more entries', async () => {
    const text = sampleText()
    const nord = folderEntry('envoi/Nord', [
      fileEntry('envoi/Nord/c.json', json('c.json', text)),
      fileEntry('envoi/Nord/d.json', json('d.json', text)),
      fileEntry('envoi/Nord/notes.txt', new File(['x'], 'notes.txt')),
    ])
    const envoi = folderEntry('envoi', [
      fileEntry('envoi/b.json', json('b.json', text)),
      fileEntry('envoi/a.json', json('a.json', text)),
      nord,
      fileEntry('envoi/.DS_Store', new File(['x'], '.DS_Store')),
      fileEntry('envoi/lot.zip', zip('lot.zip', { 'e.json': strToU8(text) })),
    ])
    const loose = json('seul.json', text)
    const { transfer, end } = drop([
      { entry: envoi, file: null },
      { entry: fileEntry('seul.json', loose), file: loose },
    ])
    // The drop's items are read at once: after the event, the browser gives them no more.
    const pending = gatherBatchFiles(transfer)
    end()
    const gathered = await pending
    expect(gathered.files.map((f) => f.name)).toEqual([
      'envoi/a.json',
      'envoi/b.json',
      'envoi/lot.zip › e.json',
      'envoi/Nord/c.json',
      'envoi/Nord/d.json',
      'seul.json',
    ])
    expect(gathered.skipped).toBe(1)
    expect(await gathered.files[0]?.text()).toBe(text)
  })

  it('takes the files of a folder chosen with the folder field, named by their path in it', async () => {
    const inFolder = (path: string, text: string): File => {
      const file = new File([text], path.split('/').pop() ?? path)
      Object.defineProperty(file, 'webkitRelativePath', { value: path })
      return file
    }
    const gathered = await gatherBatchFiles([
      inFolder('envoi/a.json', sampleText()),
      inFolder('envoi/lisez-moi.txt', 'x'),
      inFolder('envoi/.DS_Store', 'x'),
    ])
    expect(gathered.files.map((f) => f.name)).toEqual(['envoi/a.json'])
    expect(gathered.skipped).toBe(1)
  })
})
