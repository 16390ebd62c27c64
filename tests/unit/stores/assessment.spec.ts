import { beforeEach, describe, expect, it } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { createPinia, setActivePinia } from 'pinia'
import { useAssessmentStore } from '@/stores/assessment'
import { useDatabaseStore } from '@/stores/database'
import { useLibraryStore } from '@/stores/library'
import { getAssessment, saveAssessment } from '@/storage/repository'

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  setActivePinia(createPinia())
})

describe('useAssessmentStore', () => {
  it('saves a target or the path over the stored assessment, never writing back what another tab changed', async () => {
    const library = useLibraryStore()
    const { id: structureId = '' } = await library.createStructure({ name: 'IME Horizon', finess: '750712184', category: 'IME', capacity: '', organisation: '' })
    const id = (await library.startAssessment(structureId, 'autodiagnostic-maturite-si-esms')) ?? ''
    const store = useAssessmentStore()
    await store.open(id)
    // Another tab sets a target and the short path; this screen still shows neither.
    const db = await useDatabaseStore().db()
    const elsewhere = await getAssessment(db, id)
    await saveAssessment(db, { ...elsewhere!, path: 'essential', targets: { gouvernance: 3 } })
    await store.setTarget('securite', 4)
    await store.setAnswer('gouv-schema-directeur', 'aucun')
    const stored = await getAssessment(db, id)
    expect(stored?.targets).toEqual({ gouvernance: 3, securite: 4 })
    expect(stored?.path).toBe('essential')
  })
})
