import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb'
import { createPinia, setActivePinia } from 'pinia'
import { useAssessmentStore } from '@/stores/assessment'
import { useDatabaseStore } from '@/stores/database'
import { useLibraryStore } from '@/stores/library'
import { getAssessment, saveAssessment } from '@/storage/repository'

const QUESTIONNAIRE = 'autodiagnostic-maturite-si-esms'
const QUESTION = 'gouv-schema-directeur'

/** While set, every write fails as it does on a full disk. */
let diskFull = false
const put = IDBObjectStore.prototype.put
IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
  if (diskFull) throw new DOMException('Quota exceeded', 'QuotaExceededError')
  return put.apply(this, args)
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  setActivePinia(createPinia())
  diskFull = false
})

afterEach(() => {
  useAssessmentStore().close()
})

/** A structure with a new assessment, open in the store. */
async function openNewAssessment() {
  const library = useLibraryStore()
  const { id: structureId } = await library.createStructure({
    name: 'MAS Le Phare',
    finess: '130000003',
    category: 'MAS',
    capacity: '',
    organisation: '',
  })
  const id = await library.startAssessment(structureId ?? '', QUESTIONNAIRE)
  const store = useAssessmentStore()
  await store.open(id ?? '')
  expect(store.state).toBe('ready')
  return { store, id: id ?? '' }
}

describe('useAssessmentStore, when a write fails', () => {
  it('takes back an answer that could not be saved: the one saved is shown again, and the failure is known', async () => {
    const { store, id } = await openNewAssessment()
    expect(await store.setAnswer(QUESTION, 'en-redaction')).toBe(true)
    diskFull = true
    const saving = store.setAnswer(QUESTION, 'valide')
    // Shown at once, as the user chose it…
    expect(store.answers[QUESTION]?.value).toBe('valide')
    expect(await saving).toBe(false)
    // …then back to the saved answer once the write has failed.
    expect(store.answers[QUESTION]?.value).toBe('en-redaction')
    expect(store.saveFailed).toBe(true)

    diskFull = false
    store.close()
    await store.open(id)
    expect(store.answers[QUESTION]?.value).toBe('en-redaction')
    expect(store.saveFailed).toBe(false)
  })

  it('shows no answer again when the first one of a question could not be saved', async () => {
    const { store } = await openNewAssessment()
    diskFull = true
    expect(await store.setAnswer(QUESTION, 'valide')).toBe(false)
    expect(store.answers[QUESTION]?.value ?? null).toBeNull()
  })

  it('keeps a newer choice made while an earlier one was failing', async () => {
    const { store } = await openNewAssessment()
    diskFull = true
    const first = store.setAnswer(QUESTION, 'aucun')
    diskFull = false
    const second = store.setAnswer(QUESTION, 'valide')
    expect(await first).toBe(false)
    expect(await second).toBe(true)
    expect(store.answers[QUESTION]?.value).toBe('valide')
  })

  it('keeps a comment as typed, and writes it with the question’s next change', async () => {
    const { store, id } = await openNewAssessment()
    diskFull = true
    expect(await store.setComment(QUESTION, 'Feuille de route de 2019')).toBe(false)
    expect(store.answers[QUESTION]?.comment).toBe('Feuille de route de 2019')
    diskFull = false
    expect(await store.setAnswer(QUESTION, 'en-redaction')).toBe(true)
    store.close()
    await store.open(id)
    expect(store.answers[QUESTION]).toMatchObject({ value: 'en-redaction', comment: 'Feuille de route de 2019' })
  })
})

describe('useAssessmentStore, when another tab changed the assessment', () => {
  it('saves a target or the path over the stored assessment, never writing back what another tab changed', async () => {
    const library = useLibraryStore()
    const { id: structureId = '' } = await library.createStructure({
      name: 'IME Horizon',
      finess: '750712184',
      category: 'IME',
      capacity: '',
      organisation: '',
    })
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

describe('useAssessmentStore, after a reload', () => {
  /** A new visit: the page closed (its editing lock released), then fresh stores reading the same database. */
  async function reopen(id: string) {
    useAssessmentStore().close()
    setActivePinia(createPinia())
    const store = useAssessmentStore()
    await store.open(id)
    return store
  }

  it('shows the answers, comment, path, targets and page the user left', async () => {
    const { store, id } = await openNewAssessment()
    await store.setAnswer(QUESTION, 'en-redaction')
    await store.setComment(QUESTION, 'Feuille de route en cours de validation')
    await store.setAnswer('orga-referent-si', 'designe-sans-temps')
    await store.setPath('essential')
    await store.setTarget('securite', 4)
    await store.setCurrentPage('organisation')

    const reloaded = await reopen(id)
    expect(reloaded.state).toBe('ready')
    expect(reloaded.readOnly).toBe(false)
    expect(reloaded.answers[QUESTION]).toMatchObject({
      value: 'en-redaction',
      comment: 'Feuille de route en cours de validation',
    })
    expect(reloaded.answers['orga-referent-si']?.value).toBe('designe-sans-temps')
    expect(reloaded.essentialOnly).toBe(true)
    expect(reloaded.assessment?.targets).toEqual({ securite: 4 })
    expect(reloaded.assessment?.currentPage).toBe('organisation')
  })

  it('shows an answer cleared by the user as unanswered, not as the answer given before', async () => {
    const { store, id } = await openNewAssessment()
    await store.setAnswer(QUESTION, 'valide')
    await store.setAnswer(QUESTION, null)
    const reloaded = await reopen(id)
    expect(reloaded.answers[QUESTION]?.value ?? null).toBeNull()
  })

  it('keeps an assessment marked completed as completed', async () => {
    const { store, id } = await openNewAssessment()
    expect(store.assessment?.status).toBe('in-progress')
    expect(await store.markCompleted()).toBe(true)
    expect((await reopen(id)).assessment?.status).toBe('completed')
  })

  it('counts in the scores an answer given before the reload', async () => {
    const { store, id } = await openNewAssessment()
    const before = store.scores?.answered ?? 0
    await store.setAnswer(QUESTION, 'valide')
    expect(store.scores?.answered).toBe(before + 1)
    expect((await reopen(id)).scores?.answered).toBe(before + 1)
  })

  it('says an assessment that is not in this browser is not found', async () => {
    const store = useAssessmentStore()
    await store.open('an-assessment-deleted-meanwhile')
    expect(store.state).toBe('not-found')
    expect(store.assessment).toBeNull()
  })
})
