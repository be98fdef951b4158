import { describe, expect, it } from 'vitest'
import { fixture } from './fixture'
import { storySummaries } from './stories'

describe('storySummaries', () => {
  it('counts articles and items and spans their dates', () => {
    expect(storySummaries(fixture)).toEqual([
      { id: 's1', title: 'Russia-US security talks', articleCount: 3, itemCount: 3, from: '2021-12-01', to: '2022-01-10' },
      { id: 's2', title: 'NATO-Russia Council', articleCount: 1, itemCount: 1, from: '2022-01-03', to: '2022-01-03' },
    ])
  })

  it('falls back to publication dates for a story without items', () => {
    const t = { ...fixture, items: [] }
    expect(storySummaries(t)[0]).toMatchObject({ itemCount: 0, from: '2021-12-27', to: '2021-12-28' })
  })
})
