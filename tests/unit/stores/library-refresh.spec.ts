/**
 * The Atelier and « Mes structures » read the library again each time they are shown, but only when
 * something was written since: in this tab (an answer, an import, a structure deleted) or in another
 * one, which says so on a BroadcastChannel. What changed always shows; nothing is read for nothing.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { createPinia, setActivePinia } from 'pinia'
import type { Answer, Assessment } from '@/domain/assessment'
import { openCapsiDb, type CapsiDb } from '@/storage/db'
import { deleteStructure, saveAnswer, saveAssessment, saveStructure } from '@/storage/repository'
import { useDatabaseStore } from '@/stores/database'
import { useLibraryStore } from '@/stores/library'
import { structure } from './group-fixtures'

const QUESTIONNAIRE = 'autodiagnostic-maturite-si-esms'
const QUESTION = 'gouv-schema-directeur'

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  setActivePinia(createPinia())
})

function assessment(id: string, structureId: string): Assessment {
  return {
    id,
    structureId,
    questionnaireId: QUESTIONNAIRE,
    questionnaireVersion: '1.0.0',
    status: 'in-progress',
    currentPage: null,
    respondents: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }
}

function answer(assessmentId: string, value: string, at: string): Answer {
  return { assessmentId, questionId: QUESTION, value, comment: '', updatedAt: at }
}

/** Two structures, one assessment answered once, saved and read as the Atelier does. */
async function shownLibrary(): Promise<{ db: CapsiDb; tilleuls: Assessment }> {
  const db = await useDatabaseStore().db()
  await saveStructure(db, structure('tilleuls', 'EHPAD Les Tilleuls'))
  await saveStructure(db, structure('phare', 'EHPAD Le Phare'))
  const tilleuls = assessment('tilleuls-1', 'tilleuls')
  await saveAssessment(db, tilleuls)
  await saveAnswer(db, answer(tilleuls.id, 'aucun', '2026-01-01T00:00:00.000Z'), tilleuls)
  await useLibraryStore().load()
  return { db, tilleuls }
}

/**
 * Another tab: its own connection to the database, and its announcement of what it wrote, as its
 * database store makes it (browser/data-changes.ts).
 */
async function inAnotherTab(write: (db: CapsiDb) => Promise<void>): Promise<void> {
  const other = await openCapsiDb()
  await write(other)
  other.close()
  const channel = new BroadcastChannel('capsi-data-changes')
  channel.postMessage('changed')
  channel.close()
}

const valueShown = (assessmentId: string) => useLibraryStore().answersOf(assessmentId)[0]?.value

describe('the library shown again', () => {
  it('reads nothing again when nothing was written since', async () => {
    await shownLibrary()
    const library = useLibraryStore()
    const before = library.structures
    await library.load()
    expect(library.structures).toBe(before)
  })

  it('shows an answer changed in this tab since', async () => {
    const { db, tilleuls } = await shownLibrary()
    await saveAnswer(db, answer(tilleuls.id, 'valide', '2026-02-01T00:00:00.000Z'), tilleuls)
    await useLibraryStore().load()
    expect(valueShown(tilleuls.id)).toBe('valide')
  })

  it('shows an answer another tab saved, once that tab has said so', async () => {
    const { tilleuls } = await shownLibrary()
    await inAnotherTab((db) =>
      saveAnswer(db, answer(tilleuls.id, 'en-redaction', '2026-02-01T00:00:00.000Z'), tilleuls),
    )
    await vi.waitFor(async () => {
      await useLibraryStore().load()
      expect(valueShown(tilleuls.id)).toBe('en-redaction')
    })
  })

  it('no longer lists a structure another tab deleted, nor its answers', async () => {
    const { tilleuls } = await shownLibrary()
    await inAnotherTab((db) => deleteStructure(db, 'tilleuls', '2026-02-01T00:00:00.000Z'))
    const library = useLibraryStore()
    await vi.waitFor(async () => {
      await library.load()
      expect(library.structures.map((s) => s.name)).toEqual(['EHPAD Le Phare'])
    })
    expect(library.assessmentsOf('tilleuls')).toEqual([])
    expect(library.answersOf(tilleuls.id)).toEqual([])
  })

  it('lists a structure saved in this tab outside the library (an import), read with the next visit', async () => {
    const { db } = await shownLibrary()
    await db.put('structures', structure('ecrin', 'IME L’Écrin'))
    await useLibraryStore().load()
    expect(useLibraryStore().structures.map((s) => s.name)).toEqual([
      'EHPAD Le Phare',
      'EHPAD Les Tilleuls',
      'IME L’Écrin',
    ])
  })
})
