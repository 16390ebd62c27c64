/**
 * With many structures (a facilitator's laptop after an import), a search narrows the home screen's
 * list, and the list is shown a page at a time so that hundreds of cards are never drawn at once.
 */
import { computed, ref, watch } from 'vue'
import { structureSearch } from '@/domain/assessment'
import { useLibraryStore } from '@/stores/library'
import { messages } from '@/i18n/fr'

/** From this many structures on, the search is offered. */
const FILTER_FROM = 6
/** Structures per page; a list no longer than this has no pages (a director's one to three structures). */
export const PAGE_SIZE = 20

export function useStructureFilter() {
  const library = useLibraryStore()
  const query = ref('')
  const page = ref(1)
  const filterable = computed(() => library.structures.length >= FILTER_FROM)
  const matching = computed(() =>
    filterable.value ? library.structures.filter(structureSearch(query.value)) : library.structures,
  )
  const pageCount = computed(() => Math.max(1, Math.ceil(matching.value.length / PAGE_SIZE)))
  const paginated = computed(() => matching.value.length > PAGE_SIZE)
  /** The page shown, within bounds even after structures were deleted. */
  const currentPage = computed(() => Math.min(Math.max(1, page.value), pageCount.value))
  const shownStructures = computed(() =>
    paginated.value
      ? matching.value.slice((currentPage.value - 1) * PAGE_SIZE, currentPage.value * PAGE_SIZE)
      : matching.value,
  )
  // A new search starts from its first page.
  watch(query, () => (page.value = 1), { flush: 'sync' })

  const filterStatus = computed(() => {
    const total = library.structures.length
    const found = matching.value.length
    const searching = query.value.trim() !== ''
    if (searching && found === 0) return messages.home.filterNone
    if (paginated.value) {
      const first = (currentPage.value - 1) * PAGE_SIZE + 1
      const last = first + shownStructures.value.length - 1
      return messages.home.pageRange(first, last, found, searching ? total : null)
    }
    return searching ? messages.home.filterCount(found, total) : ''
  })

  /** Shows the page that holds a structure (one just created), clearing a search that hides it. */
  function reveal(structureId: string): void {
    if (!matching.value.some((s) => s.id === structureId)) query.value = ''
    const index = matching.value.findIndex((s) => s.id === structureId)
    if (index >= 0) page.value = Math.floor(index / PAGE_SIZE) + 1
  }

  return {
    query,
    page: currentPage,
    setPage: (n: number) => (page.value = n),
    pageCount,
    paginated,
    filterable,
    shownStructures,
    filterStatus,
    reveal,
  }
}
