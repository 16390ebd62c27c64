import { describeFieldErrors } from '@/i18n/fr-fields'
import { beforeEach, describe, expect, it } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { createPinia, setActivePinia } from 'pinia'
import { useServicesStore } from '@/stores/services'
import { useDatabaseStore } from '@/stores/database'
import { getService, saveService } from '@/storage/services'

const input = {
  name: 'DUI Horizon',
  responsible: 'Claire Martin',
  description: '',
  provider: '',
  product: '',
  productVersion: '',
  startedOn: '',
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  setActivePinia(createPinia())
})

async function stored(id: string) {
  return getService(await useDatabaseStore().db(), id)
}

describe('useServicesStore', () => {
  it('refuses a service without a name, and the form tells why in French', async () => {
    const result = await useServicesStore().create('s1', { ...input, name: '' })
    expect(result.id).toBeUndefined()
    expect(describeFieldErrors('service', result.errors).name).toBe('Le nom du service est obligatoire.')
  })

  it('creates a service against the current grid and saves every change in order', async () => {
    const store = useServicesStore()
    const { id } = await store.create('s1', input)
    expect(id).toBeDefined()
    await store.open(id ?? '')
    expect(store.state).toBe('ready')
    void store.setQualification('type-service', 'dui')
    void store.setRequirement('S10', { level: 2 })
    void store.setRequirement('S10', { justification: 'Socle en place' })
    await store.setRequirement('S10', { level: 3 })
    expect(store.savedCount).toBe(4)
    expect(store.pendingWrites).toBe(0)
    const record = await stored(id ?? '')
    expect(record?.questionnaireId).toBe('grille-conformite-convergence')
    expect(record?.qualification).toEqual({ 'type-service': 'dui' })
    expect(record?.requirements.S10).toMatchObject({ level: 3, justification: 'Socle en place', target: null })
  })

  it('freezes the declaration into the history, unaffected by later changes', async () => {
    const store = useServicesStore()
    const { id } = await store.create('s1', input)
    await store.open(id ?? '')
    await store.setRequirement('S10', { level: 1 })
    await store.freezeSnapshot()
    await store.setRequirement('S10', { level: 3 })
    const record = await stored(id ?? '')
    expect(record?.history).toHaveLength(1)
    expect(record?.history[0]?.requirements.S10?.level).toBe(1)
    expect(store.reference?.requirements.S10?.level).toBe(1)
  })

  it('never writes back a field that another tab changed since this screen loaded it', async () => {
    const store = useServicesStore()
    const { id } = await store.create('s1', { ...input, responsible: '' })
    await store.open(id ?? '')
    await store.setRequirement('S10', { level: 1 })
    // Another tab saves the person responsible and a justification; this screen still shows neither.
    const db = await useDatabaseStore().db()
    const elsewhere = await stored(id ?? '')
    await saveService(db, {
      ...elsewhere!,
      responsible: 'Personne responsable',
      requirements: { S10: { ...elsewhere!.requirements.S10!, justification: 'Preuve' } },
    })
    await store.updateFields({ productVersion: '4.2' })
    await store.setRequirement('S10', { level: 2 })
    const record = await stored(id ?? '')
    expect(record?.responsible).toBe('Personne responsable')
    expect(record?.productVersion).toBe('4.2')
    expect(record?.requirements.S10).toMatchObject({ level: 2, justification: 'Preuve' })
  })

  it('does not bring back a service deleted while it was open', async () => {
    const store = useServicesStore()
    const { id } = await store.create('s1', input)
    await store.open(id ?? '')
    const db = await useDatabaseStore().db()
    await db.delete('services', id ?? '')
    await store.updateFields({ product: 'Horizon' })
    expect(await stored(id ?? '')).toBeUndefined()
  })
})
