import { describe, expect, it } from 'vitest'
import { fixture } from './fixture'
import { applyFilters, emptyFilters, facetCounts, highlight, isFiltered, searchTerms, UNKNOWN_OUTLET, type Filters } from './filters'

const f = (patch: Partial<Filters>): Filters => ({ ...emptyFilters(), ...patch })
const ids = (patch: Partial<Filters>) => applyFilters(fixture, f(patch)).map((i) => i.id)

describe('applyFilters', () => {
  it('keeps everything without filters', () => {
    expect(ids({})).toEqual(['i1', 'i2', 'i3', 'i4'])
    expect(isFiltered(emptyFilters())).toBe(false)
  })

  it('filters by type, actor, speaker, outlet and story', () => {
    expect(ids({ types: ['statement'] })).toEqual(['i1', 'i4'])
    expect(ids({ actors: ['NATO'] })).toEqual(['i3', 'i4'])
    expect(ids({ speakers: ['Sergey Lavrov'] })).toEqual(['i1'])
    expect(ids({ speakers: ['No speaker'] })).toEqual(['i2', 'i3'])
    expect(ids({ outlets: ['Al Jazeera'] })).toEqual(['i1', 'i2'])
    expect(ids({ outlets: [UNKNOWN_OUTLET] })).toEqual(['i3'])
    expect(ids({ stories: ['s2'] })).toEqual(['i4'])
  })

  it('ORs values within a facet and ANDs facets', () => {
    expect(ids({ actors: ['NATO', 'Sergey Lavrov'] })).toEqual(['i1', 'i3', 'i4'])
    expect(ids({ actors: ['NATO'], types: ['event'] })).toEqual(['i3'])
  })

  it('keeps window items that overlap the date range', () => {
    expect(ids({ from: '2021-12-20', to: '2021-12-31' })).toEqual(['i1', 'i3'])
    expect(ids({ from: '2022-01-01' })).toEqual(['i2', 'i4'])
    expect(ids({ to: '2021-12-05' })).toEqual(['i3'])
  })

  it('searches titles, quotes, speakers, source sentences and outlets, all terms required', () => {
    expect(ids({ query: 'geneva' })).toEqual(['i2'])
    expect(ids({ query: 'main work' })).toEqual(['i1'])
    expect(ids({ query: 'Stoltenberg January' })).toEqual(['i4'])
    expect(ids({ query: 'guardian' })).toEqual(['i1'])
    expect(ids({ query: 'lavrov geneva' })).toEqual([])
    expect(ids({ query: '   ' })).toEqual(['i1', 'i2', 'i3', 'i4'])
  })
})

describe('facetCounts', () => {
  it('counts items per value', () => {
    const c = facetCounts(fixture, emptyFilters())
    expect(c.types).toEqual([
      { value: 'event', label: 'event', count: 2 },
      { value: 'statement', label: 'statement', count: 2 },
    ])
    expect(c.actors.find((a) => a.value === 'Russia')!.count).toBe(4)
    expect(c.stories.find((s) => s.value === 's1')).toEqual({ value: 's1', label: 'Russia-US security talks', count: 3 })
  })

  it('updates with the other filters but ignores its own facet', () => {
    const c = facetCounts(fixture, f({ types: ['statement'] }))
    expect(c.types.find((t) => t.value === 'event')!.count).toBe(2)
    expect(c.actors.find((a) => a.value === 'Russia')!.count).toBe(2)
    expect(c.actors.find((a) => a.value === 'United States')!.count).toBe(1)
  })

  it('keeps values whose count drops to zero, in the same order, so they can still be seen', () => {
    const all = facetCounts(fixture, emptyFilters())
    const c = facetCounts(fixture, f({ query: 'geneva' }))
    expect(c.speakers.find((s) => s.value === 'Sergey Lavrov')!.count).toBe(0)
    expect(c.actors.map((a) => a.value)).toEqual(all.actors.map((a) => a.value))
    expect(c.actors.map((a) => a.count)).toEqual([1, 0, 1, 0, 0]) // Russia, NATO, United States, Jens Stoltenberg, Sergey Lavrov
  })
})

describe('highlight', () => {
  it('marks every term, case-insensitively, merging overlaps', () => {
    expect(highlight('Lavrov said Lavrov', searchTerms('lavrov'))).toEqual([
      { text: 'Lavrov', hit: true },
      { text: ' said ', hit: false },
      { text: 'Lavrov', hit: true },
    ])
    expect(highlight('New Year', searchTerms('new ew'))).toEqual([
      { text: 'New', hit: true },
      { text: ' Year', hit: false },
    ])
  })

  it('returns the text unmarked without terms', () => {
    expect(highlight('abc', [])).toEqual([{ text: 'abc', hit: false }])
    expect(highlight('', ['a'])).toEqual([])
  })
})
