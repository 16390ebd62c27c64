import { beforeEach, describe, expect, it } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { createPinia, setActivePinia } from 'pinia'
import type { Assessment } from '@/domain/assessment'
import type { QuestionnaireDefinition } from '@/domain/definition/definition'
import { useQuestionnairesStore } from '@/stores/questionnaires'
import { useDatabaseStore } from '@/stores/database'
import { getDefinition, saveAssessment, saveDefinition } from '@/storage/repository'
import { miniDefinition, miniWith } from '../fixtures'
import catalog from 'virtual:capsi-builtin-catalog'

const MATURITY_ID = 'autodiagnostic-maturite-si-esms'

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  setActivePinia(createPinia())
})

async function builtinCopy(version: string): Promise<QuestionnaireDefinition> {
  const store = useQuestionnairesStore()
  await store.load()
  const builtin = store.builtin.find((d) => d.id === MATURITY_ID)
  if (!builtin) throw new Error('built-in questionnaire missing')
  const copy = structuredClone(builtin)
  copy.version = version
  const question = copy.domains[0]?.questions[0]
  if (question) question.text = 'Une question reformulée'
  return copy
}

describe('loading a questionnaire variant', () => {
  it('never replaces a saved version: the same id and version with another content is refused, and says what to do', async () => {
    const store = useQuestionnairesStore()
    expect((await store.importDefinition(JSON.stringify(miniDefinition()))).ok).toBe(true)
    const reworded = miniWith((d) => {
      const question = d.domains[0]?.questions[0]
      if (question) question.text = 'La même question, reformulée'
    })
    const result = await store.importDefinition(JSON.stringify(reworded))
    expect(result).toEqual({
      ok: false,
      errors: [expect.stringContaining('la version 1.0.0 de « exemple-mini » est déjà chargée avec un autre contenu')],
    })
    expect(result.ok ? '' : result.errors[0]).toContain('donnez un nouveau numéro de version au fichier')
    const saved = await getDefinition(await useDatabaseStore().db(), 'exemple-mini', '1.0.0')
    expect(saved?.definition).toEqual(miniDefinition())
    expect(await store.resolve('exemple-mini', '1.0.0')).toEqual(miniDefinition())
  })

  it('accepts the very same file again, and says nothing changed', async () => {
    const store = useQuestionnairesStore()
    await store.importDefinition(JSON.stringify(miniDefinition()))
    // The same content, its keys written in another order.
    const reordered = Object.fromEntries(Object.entries(miniDefinition()).reverse())
    const again = await store.importDefinition(JSON.stringify(reordered))
    expect(again).toMatchObject({ ok: true, unchanged: true })
    expect(store.imported).toHaveLength(1)
  })

  it('refuses a file that takes the id of a built-in questionnaire, whatever its version', async () => {
    const store = useQuestionnairesStore()
    const copy = await builtinCopy('99.0.0')
    const shipped = store.latest(MATURITY_ID)?.version
    expect(shipped).toBeDefined()
    const result = await store.importDefinition(JSON.stringify(copy))
    expect(result).toEqual({
      ok: false,
      errors: [expect.stringContaining(`« ${MATURITY_ID} » est l’identifiant d’un questionnaire intégré à CapSI`)],
    })
    expect(store.imported).toEqual([])
    expect(store.latest(MATURITY_ID)?.version).toBe(shipped)
    expect(await getDefinition(await useDatabaseStore().db(), MATURITY_ID, '99.0.0')).toBeUndefined()
  })

  it('offers to start or move to only versions of the same origin: a built-in version received in a backup only serves to read', async () => {
    const copy = await builtinCopy('99.0.0')
    // As a backup import saves the versions it embeds.
    await saveDefinition(await useDatabaseStore().db(), copy, 'imported', '2026-03-20T08:00:00.000Z')
    setActivePinia(createPinia())
    const reloaded = useQuestionnairesStore()
    await reloaded.load()
    expect(reloaded.latest(MATURITY_ID)?.version).not.toBe('99.0.0')
    expect(reloaded.available.find((d) => d.id === MATURITY_ID)?.version).not.toBe('99.0.0')
    expect(reloaded.isBuiltinId(MATURITY_ID)).toBe(true)
    expect(await reloaded.resolve(MATURITY_ID, '99.0.0')).toEqual(copy)
  })

  it('offers the newer version of a variant loaded from a file', async () => {
    const store = useQuestionnairesStore()
    await store.importDefinition(JSON.stringify(miniDefinition()))
    await store.importDefinition(JSON.stringify({ ...miniDefinition(), version: '1.1.0' }))
    expect(store.latest('exemple-mini')?.version).toBe('1.1.0')
    expect(store.isBuiltinId('exemple-mini')).toBe(false)
  })
})

describe('the questionnaires offered on the home screen', () => {
  it('come from the catalog and the variants read from the database, without loading the built-in definitions, and none before those variants are read', async () => {
    await useQuestionnairesStore().importDefinition(JSON.stringify(miniDefinition()))
    setActivePinia(createPinia())
    const store = useQuestionnairesStore()
    expect(store.available).toEqual([])
    await store.loadOffered()
    expect(store.builtin).toEqual([])
    expect(store.available.map((d) => [d.id, d.title])).toEqual([
      [MATURITY_ID, 'Autodiagnostic de maturité SI de l’ESMS'],
      ['exemple-mini', 'Exemple minimal'],
    ])
    expect(store.titleOf(MATURITY_ID)).toBe('Autodiagnostic de maturité SI de l’ESMS')
    expect(store.titleOf('exemple-mini')).toBe('Exemple minimal')
    expect(store.titleOf('inconnu')).toBeUndefined()
  })

  it('are those the built-in definitions, once loaded, offer: the catalog cannot drift from the files', async () => {
    const store = useQuestionnairesStore()
    await store.load()
    expect(catalog).toEqual(store.builtin.map(({ id, version, title, kind }) => ({ id, version, title, kind })))
    expect(store.available.map((d) => d.id)).toEqual(
      store.builtin.filter((d) => d.kind === 'maturity').map((d) => d.id),
    )
  })

  it('are still offered, the built-in ones, when the variants cannot be read', async () => {
    const store = useQuestionnairesStore()
    globalThis.indexedDB = undefined as unknown as IDBFactory
    await store.loadOffered()
    expect(store.available.map((d) => d.id)).toEqual([MATURITY_ID])
  })
})

describe('removing a questionnaire variant', () => {
  function assessmentOn(id: string): Assessment {
    return {
      id,
      structureId: 'structure-1',
      questionnaireId: 'exemple-mini',
      questionnaireVersion: '1.0.0',
      status: 'in-progress',
      currentPage: null,
      respondents: [],
      createdAt: '2026-01-05T10:00:00.000Z',
      updatedAt: '2026-01-05T10:00:00.000Z',
    }
  }

  it('is refused while assessments answer it, with their number agreed, and keeps the variant', async () => {
    const store = useQuestionnairesStore()
    await store.importDefinition(JSON.stringify(miniDefinition()))
    const db = await useDatabaseStore().db()
    await saveAssessment(db, assessmentOn('a-1'))
    expect(await store.removeDefinition('exemple-mini', '1.0.0')).toEqual({
      ok: false,
      message: 'Ce questionnaire est utilisé par 1 évaluation\u00a0: supprimez-la d’abord pour le retirer.',
    })
    await saveAssessment(db, assessmentOn('a-2'))
    expect(await store.removeDefinition('exemple-mini', '1.0.0')).toEqual({
      ok: false,
      message: 'Ce questionnaire est utilisé par 2 évaluations\u00a0: supprimez-les d’abord pour le retirer.',
    })
    expect(await getDefinition(db, 'exemple-mini', '1.0.0')).toBeDefined()
    expect(store.imported).toHaveLength(1)
  })

  it('removes a variant no assessment answers', async () => {
    const store = useQuestionnairesStore()
    await store.importDefinition(JSON.stringify(miniDefinition()))
    expect(await store.removeDefinition('exemple-mini', '1.0.0')).toEqual({ ok: true })
    expect(await getDefinition(await useDatabaseStore().db(), 'exemple-mini', '1.0.0')).toBeUndefined()
    expect(store.imported).toHaveLength(0)
  })
})
