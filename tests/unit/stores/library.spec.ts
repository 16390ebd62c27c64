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

describe('useLibraryStore: editing a structure', () => {
  it('saves the changes and the profile answers, keeping the id and the creation date', async () => {
    const library = useLibraryStore()
    const { id } = await library.createStructure({ ...input('CHRS Escale'), category: 'CHRS' })
    const before = library.structures[0]!
    const result = await library.updateStructure(
      id ?? '',
      { ...input('CHRS L’Escale'), category: 'CHRS', profile: { soins: true } },
      before,
    )
    expect(result.ok).toBe(true)
    setActivePinia(createPinia())
    const reloaded = useLibraryStore()
    await reloaded.load()
    expect(reloaded.structures).toEqual([
      expect.objectContaining({
        id,
        name: 'CHRS L’Escale',
        category: 'CHRS',
        profile: { soins: true },
        createdAt: before.createdAt,
      }),
    ])
  })

  it('drops the profile answers the user no longer gives, so that every fact follows the category', async () => {
    const library = useLibraryStore()
    const { id } = await library.createStructure({
      ...input('IME Horizon'),
      category: 'IME',
      profile: { soins: false },
    })
    expect(library.structures[0]?.profile).toEqual({ soins: false })
    await library.updateStructure(
      id ?? '',
      { ...input('IME Horizon'), category: 'IME', profile: {} },
      library.structures[0]!,
    )
    expect(library.structures[0]).not.toHaveProperty('profile')
  })

  it('refuses, writing nothing, a change to a structure changed elsewhere since the form was opened', async () => {
    const library = useLibraryStore()
    const { id } = await library.createStructure(input('EHPAD Les Tilleuls'))
    const opened = library.structures[0]!
    await library.updateStructure(id ?? '', input('EHPAD Les Tilleuls (autre onglet)'), opened)
    const result = await library.updateStructure(id ?? '', input('EHPAD Les Tilleuls (ici)'), opened)
    expect(result).toEqual({ ok: false, conflict: 'changed' })
    await library.load()
    expect(library.structures.map((s) => s.name)).toEqual(['EHPAD Les Tilleuls (autre onglet)'])
  })

  it('refuses an invalid change with the field errors, writing nothing', async () => {
    const library = useLibraryStore()
    const { id } = await library.createStructure(input('EHPAD Les Tilleuls'))
    const result = await library.updateStructure(id ?? '', input(''), library.structures[0]!)
    expect(result).toMatchObject({ ok: false, errors: { name: { code: 'required' } } })
    await library.load()
    expect(library.structures.map((s) => s.name)).toEqual(['EHPAD Les Tilleuls'])
  })
})
