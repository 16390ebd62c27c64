import { describe, expect, it } from 'vitest'
import { ARCHIVE_LIMITS, entryFileName, isHiddenPath, planArchive, type ArchiveEntry } from '@/domain/backup'
import { batchMessages as t } from '@/i18n/fr-batch'

const entry = (name: string, originalSize = 1000): ArchiveEntry => ({ name, originalSize })

describe('the rules of an archive of backup files', () => {
  it('takes the .json entries at any depth, skips the other files and leaves out folders, hidden and macOS entries', () => {
    const plan = planArchive([
      entry('envoi/'),
      entry('envoi/structure-1.json'),
      entry('envoi/Nord/STRUCTURE-2.JSON'),
      entry('lisez-moi.txt'),
      entry('envoi/photo.png'),
      entry('__MACOSX/envoi/._structure-1.json'),
      entry('envoi/.cache/ancien.json'),
      entry('.DS_Store'),
    ])
    expect(plan).toEqual({ ok: true, taken: [1, 2], refused: [], skipped: 2 })
  })

  it('does not open an archive inside the archive, and refuses alone an entry too large to be a backup file', () => {
    const plan = planArchive([
      entry('a.json'),
      entry('autres.zip'),
      entry('enorme.json', ARCHIVE_LIMITS.entryBytes + 1),
    ])
    expect(plan).toEqual({
      ok: true,
      taken: [0],
      refused: [
        { index: 1, problem: { kind: 'nested-archive' } },
        {
          index: 2,
          problem: { kind: 'entry-too-large', bytes: ARCHIVE_LIMITS.entryBytes + 1, limit: ARCHIVE_LIMITS.entryBytes },
        },
      ],
      skipped: 0,
    })
  })

  it('refuses whole an archive of more than 2 000 backup files, and says how many it holds', () => {
    const entries = Array.from({ length: 2001 }, (_, i) => entry(`s-${i}.json`))
    const plan = planArchive(entries)
    expect(plan).toEqual({ ok: false, problem: { kind: 'too-many', count: 2001, limit: 2000 } })
    if (plan.ok) return
    expect(t.refusedLine('envoi.zip', plan.problem)).toBe(
      'envoi.zip\u00a0: trop de fichiers dans l’archive (2\u00a0001, au plus 2\u00a0000).',
    )
    expect(planArchive(entries.slice(1)).ok).toBe(true)
  })

  it('refuses whole an archive whose backup files would take more than 200 Mo unpacked, before anything is unpacked', () => {
    const size = 15 * 1024 * 1024
    const plan = planArchive(Array.from({ length: 14 }, (_, i) => entry(`s-${i}.json`, size)))
    expect(plan.ok).toBe(false)
    if (plan.ok) return
    expect(plan.problem.kind).toBe('too-large')
    expect(t.refusedLine('envoi.zip', plan.problem)).toBe(
      'envoi.zip\u00a0: archive trop volumineuse une fois décompressée (210\u00a0Mo, au plus 200\u00a0Mo).',
    )
    expect(planArchive(Array.from({ length: 13 }, (_, i) => entry(`s-${i}.json`, size))).ok).toBe(true)
  })

  it('refuses an archive without any backup file', () => {
    const plan = planArchive([entry('lisez-moi.txt'), entry('__MACOSX/a.json')])
    expect(plan).toEqual({ ok: false, problem: { kind: 'no-json' } })
    expect(t.refusedLine('vide.zip', { kind: 'no-json' })).toBe(
      'vide.zip\u00a0: l’archive ne contient aucun fichier .json.',
    )
  })

  it('names each entry by its archive and its path', () => {
    expect(entryFileName('envoi.zip', 'dossier/structure-12.json')).toBe('envoi.zip › dossier/structure-12.json')
    expect(isHiddenPath('a/.b/c.json')).toBe(true)
    expect(isHiddenPath('a/b.c/d.json')).toBe(false)
  })
})
