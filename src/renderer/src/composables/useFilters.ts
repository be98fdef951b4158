// The filter state and what follows from it: the shown items, facet counts and search terms.
import { computed, onScopeDispose, ref, watch, type Ref } from 'vue'
import type { Timeline } from '@shared/model'
import { applyFilters, articleIndex, emptyFilters, facetCounts, searchTerms, type Filters } from '../timeline/filters'

/** Typing applies after this pause: each pass redraws every matching item. */
export const SEARCH_DELAY_MS = 150

export function useFilters(timeline: Readonly<Ref<Timeline | null>>) {
  const filters = ref<Filters>(emptyFilters())
  const query = ref('')
  let timer: ReturnType<typeof setTimeout> | undefined
  watch(
    () => filters.value.query,
    (q) => {
      clearTimeout(timer)
      if (q.trim() === '') query.value = ''
      else timer = setTimeout(() => (query.value = q), SEARCH_DELAY_MS)
    },
  )
  onScopeDispose(() => clearTimeout(timer))

  const articles = computed(() => articleIndex(timeline.value ?? { articles: [] }))
  /** The filters in force: the search as last applied, not as being typed. */
  const applied = computed<Filters>(() => ({ ...filters.value, query: query.value }))
  const filtered = computed(() => (timeline.value ? applyFilters(timeline.value, applied.value, articles.value) : []))
  const counts = computed(() => (timeline.value ? facetCounts(timeline.value, applied.value, articles.value) : null))
  const terms = computed(() => searchTerms(query.value))

  return {
    filters,
    articles,
    applied,
    filtered,
    counts,
    terms,
    toggleStory(id: string): void {
      const s = filters.value.stories
      filters.value = { ...filters.value, stories: s.includes(id) ? s.filter((x) => x !== id) : [...s, id] }
    },
    clear(): void {
      filters.value = emptyFilters()
    },
    clearSearch(): boolean {
      if (!filters.value.query) return false
      filters.value = { ...filters.value, query: '' }
      return true
    },
  }
}
