import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, shallowRef } from 'vue'
import type { Timeline } from '@shared/model'
import { fixture } from '../timeline/fixture'
import { SEARCH_DELAY_MS, useFilters } from './useFilters'

const scope = effectScope()
function setup() {
  const timeline = shallowRef<Timeline | null>(fixture)
  const f = scope.run(() => useFilters(timeline))
  if (!f) throw new Error('no filters')
  return { timeline, f }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('useFilters', () => {
  it('applies the search after a pause, and an empty search at once', async () => {
    const { f } = setup()
    f.filters.value = { ...f.filters.value, query: 'geneva' }
    await nextTick()
    expect(f.filtered.value).toHaveLength(4)
    vi.advanceTimersByTime(SEARCH_DELAY_MS)
    expect(f.filtered.value.map((i) => i.id)).toEqual(['i2'])
    expect(f.terms.value).toEqual(['geneva'])

    expect(f.clearSearch()).toBe(true)
    await nextTick()
    expect(f.filtered.value).toHaveLength(4)
    expect(f.clearSearch()).toBe(false)
  })

  it('only applies the last of quick keystrokes', async () => {
    const { f } = setup()
    for (const q of ['l', 'la', 'lav']) {
      f.filters.value = { ...f.filters.value, query: q }
      await nextTick()
      vi.advanceTimersByTime(SEARCH_DELAY_MS / 3)
    }
    expect(f.applied.value.query).toBe('')
    vi.advanceTimersByTime(SEARCH_DELAY_MS)
    expect(f.applied.value.query).toBe('lav')
  })

  it('toggles stories, counts within the other filters, clears, and follows a new timeline', () => {
    const { f, timeline } = setup()
    f.toggleStory('s2')
    expect(f.filtered.value.map((i) => i.id)).toEqual(['i4'])
    expect(f.counts.value?.types.find((t) => t.value === 'statement')?.count).toBe(1)
    f.toggleStory('s2')
    expect(f.filtered.value).toHaveLength(4)
    f.filters.value = { ...f.filters.value, types: ['event'] }
    f.clear()
    expect(f.filtered.value).toHaveLength(4)
    timeline.value = { ...fixture, items: fixture.items.slice(0, 1) }
    expect(f.filtered.value.map((i) => i.id)).toEqual(['i1'])
    timeline.value = null
    expect(f.filtered.value).toEqual([])
    expect(f.counts.value).toBeNull()
  })
})
