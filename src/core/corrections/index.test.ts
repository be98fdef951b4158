import { describe, expect, it } from 'vitest'
import type { Item, Timeline } from '../../shared/model'
import { applyCorrections, withCorrection } from '.'

const item = (id: string, overrides: Partial<Item> = {}): Item => ({
  id,
  storyId: 's1',
  type: 'statement',
  start: '2021-12-27',
  end: '2021-12-27',
  precision: 'day',
  title: `item ${id}`,
  speaker: 'Sergey Lavrov',
  actors: [],
  sources: [{ articleId: 'a1', text: 'text' }],
  dateEvidence: { phrase: 'on Monday', anchor: '2021-12-28' },
  ...overrides,
})

const timeline: Timeline = {
  version: 1,
  folder: '/news',
  articles: [],
  stories: [],
  items: [item('i1'), item('i2'), item('i3')],
  skipped: [],
}

describe('applyCorrections', () => {
  it('returns the same timeline without corrections', () => {
    expect(applyCorrections(timeline, [])).toBe(timeline)
  })

  it('overrides only the corrected fields and hides hidden items', () => {
    const result = applyCorrections(timeline, [
      { itemId: 'i1', title: 'Lavrov: talks in January', speaker: null, type: 'event' },
      { itemId: 'i2', hidden: true },
      { itemId: 'gone', title: 'an item the pipeline no longer produces' },
    ])
    expect(result.items.map((i) => i.id)).toEqual(['i1', 'i3'])
    expect(result.items[0]).toMatchObject({ title: 'Lavrov: talks in January', speaker: null, type: 'event', start: '2021-12-27' })
    expect(result.items[0].dateEvidence).toEqual({ phrase: 'on Monday', anchor: '2021-12-28' })
    expect(result.items[1]).toBe(timeline.items[2])
    expect(timeline.items).toHaveLength(3)
  })

  it('keeps dates ordered and drops the pipeline date evidence when dates are set', () => {
    const [later] = applyCorrections(timeline, [{ itemId: 'i1', start: '2022-01-10' }]).items
    expect([later.start, later.end]).toEqual(['2022-01-10', '2022-01-10'])
    expect(later.dateEvidence).toBeUndefined()
    const [earlier] = applyCorrections(timeline, [{ itemId: 'i1', end: '2021-12-01' }]).items
    expect([earlier.start, earlier.end]).toEqual(['2021-12-01', '2021-12-01'])
    const [window] = applyCorrections(timeline, [{ itemId: 'i1', start: '2022-01-01', end: '2022-01-31', precision: 'month' }]).items
    expect(window).toMatchObject({ start: '2022-01-01', end: '2022-01-31', precision: 'month' })
  })
})

describe('withCorrection', () => {
  it('replaces the earlier correction of the same item', () => {
    const list = withCorrection([{ itemId: 'i1', title: 'a' }, { itemId: 'i2', hidden: true }], { itemId: 'i1', title: 'b' })
    expect(list).toEqual([{ itemId: 'i2', hidden: true }, { itemId: 'i1', title: 'b' }])
  })
  it('drops a correction that changes nothing', () => {
    expect(withCorrection([{ itemId: 'i1', title: 'a' }], { itemId: 'i1' })).toEqual([])
  })
})
