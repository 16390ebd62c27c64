import { beforeEach, describe, expect, it } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { createPinia, setActivePinia } from 'pinia'
import { useLibraryStore } from '@/stores/library'

const input = (name: string) => ({ name, finess: '750712184', category: 'EHPAD', capacity: '', organisation: '' })

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  setActivePinia(createPinia())
})

describe('useLibraryStore', () => {
  it('lists a structure created while the saved data are being read, once', async () => {
    const library = useLibraryStore()
    const reading = library.load()
    const created = library.createStructure(input('EHPAD Les Tilleuls'))
    await Promise.all([reading, created])
    expect(library.structures.map((s) => s.name)).toEqual(['EHPAD Les Tilleuls'])
    // A later read agrees with what is shown.
    await library.load()
    expect(library.structures.map((s) => s.name)).toEqual(['EHPAD Les Tilleuls'])
  })

  it('does not show again a structure deleted while the saved data are being read', async () => {
    const library = useLibraryStore()
    const { id } = await library.createStructure(input('EHPAD Les Tilleuls'))
    await library.createStructure(input('IME Horizon'))
    const reading = library.load()
    const deleted = library.deleteStructure(id ?? '')
    await Promise.all([reading, deleted])
    expect(library.structures.map((s) => s.name)).toEqual(['IME Horizon'])
  })

  it('keeps every structure created in a row, sorted by name, across a reload', async () => {
    const library = useLibraryStore()
    await library.createStructure(input('SSIAD du Val'))
    await library.createStructure(input('EHPAD Les Tilleuls'))
    setActivePinia(createPinia())
    const reloaded = useLibraryStore()
    await reloaded.load()
    expect(reloaded.structures.map((s) => s.name)).toEqual(['EHPAD Les Tilleuls', 'SSIAD du Val'])
  })
})
