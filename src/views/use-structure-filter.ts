/** With many structures (a facilitator's laptop after an import), a search narrows the home screen's list. */
import { computed, ref } from 'vue'
import { structureSearch } from '@/domain/assessment'
import { useLibraryStore } from '@/stores/library'
import { messages } from '@/i18n/fr'

/** From this many structures on, the search is offered. */
const FILTER_FROM = 6

export function useStructureFilter() {
  const library = useLibraryStore()
  const query = ref('')
  const filterable = computed(() => library.structures.length >= FILTER_FROM)
  const shownStructures = computed(() =>
    filterable.value ? library.structures.filter(structureSearch(query.value)) : library.structures,
  )
  const filterStatus = computed(() => {
    if (!query.value.trim()) return ''
    return shownStructures.value.length
      ? messages.home.filterCount(shownStructures.value.length, library.structures.length)
      : messages.home.filterNone
  })
  return { query, filterable, shownStructures, filterStatus }
}
