import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { Structure } from '@/domain/assessment'
import { useLibraryStore } from '@/stores/library'
import { PAGE_SIZE, useStructureFilter } from '@/views/use-structure-filter'

function structure(i: number): Structure {
  const at = '2026-10-05T09:00:00.000Z'
  const name = `Structure ${String(i).padStart(3, '0')}`
  return {
    id: `s${i}`,
    name,
    finess: '750712184',
    category: 'EHPAD',
    capacity: null,
    organisation: '',
    createdAt: at,
    updatedAt: at,
  }
}

function withStructures(count: number) {
  useLibraryStore().structures = Array.from({ length: count }, (_, i) => structure(i + 1))
  return useStructureFilter()
}

beforeEach(() => setActivePinia(createPinia()))

describe('useStructureFilter', () => {
  it('shows a director’s three structures as they are, with no search, no pages and nothing to announce', () => {
    const list = withStructures(3)
    expect(list.filterable.value).toBe(false)
    expect(list.paginated.value).toBe(false)
    expect(list.shownStructures.value).toHaveLength(3)
    expect(list.filterStatus.value).toBe('')
  })

  it('shows five hundred structures a page at a time and says which ones out of how many', () => {
    const list = withStructures(500)
    expect(list.paginated.value).toBe(true)
    expect(list.pageCount.value).toBe(500 / PAGE_SIZE)
    expect(list.shownStructures.value.map((s) => s.id)).toEqual(
      Array.from({ length: PAGE_SIZE }, (_, i) => `s${i + 1}`),
    )
    list.setPage(2)
    expect(list.shownStructures.value[0]?.id).toBe(`s${PAGE_SIZE + 1}`)
    expect(list.filterStatus.value).toBe(`Structures ${PAGE_SIZE + 1} à ${2 * PAGE_SIZE} sur 500`)
  })

  it('starts a new search from its first page and counts what it found', () => {
    const list = withStructures(500)
    list.setPage(7)
    list.query.value = 'structure 3'
    expect(list.page.value).toBe(1)
    // Every name with a 3 in it (the FINESS number has none): 300 to 399, and 76 others.
    expect(list.filterStatus.value).toBe(`Structures 1 à ${PAGE_SIZE} sur 176 trouvées (500 au total)`)
  })

  it('stays on a page that exists once structures are deleted', () => {
    const list = withStructures(45)
    list.setPage(3)
    useLibraryStore().structures = useLibraryStore().structures.slice(0, 30)
    expect(list.page.value).toBe(2)
    expect(list.shownStructures.value).toHaveLength(10)
  })

  it('turns to the page of a structure just created, clearing a search that hides it', () => {
    const list = withStructures(100)
    list.query.value = 'structure 00'
    list.reveal('s95')
    expect(list.query.value).toBe('')
    expect(list.page.value).toBe(Math.ceil(95 / PAGE_SIZE))
    expect(list.shownStructures.value.some((s) => s.id === 's95')).toBe(true)
  })
})
