import { describe, expect, it } from 'vitest'
import { fixture } from './fixture'
import { dateSpan, diffById, itemLabel, escapeHtml, primaryActor, readingOrder, stepSelection, toVisData, tooltipText } from './mapping'

const byId = (id: string) => fixture.items.find((i) => i.id === id)!

describe('toVisData', () => {
  it('draws exact days as boxes and windows as ranges with an exclusive end', () => {
    const { items } = toVisData(fixture, fixture.items, 'story')
    const i1 = items.find((i) => i.id === 'i1')!
    const i3 = items.find((i) => i.id === 'i3')!
    expect(i1).toMatchObject({ type: 'box', start: '2021-12-27', group: 'story:s1' })
    expect(i1.end).toBeUndefined()
    expect(i3).toMatchObject({ type: 'range', start: '2021-12-01', end: '2021-12-28' })
    expect(i3.className).toContain('is-window')
  })

  it('keeps an approximate single day a box, with the window style', () => {
    const approx = { ...byId('i1'), precision: 'approximate' as const }
    const [v] = toVisData(fixture, [approx], 'story').items
    expect(v.type).toBe('box')
    expect(v.end).toBeUndefined()
    expect(v.className.split(' ')).toContain('is-window')
  })

  it('marks statements, events, planned items and conflicts with distinct classes', () => {
    const { items } = toVisData(fixture, fixture.items, 'type')
    const cls = Object.fromEntries(items.map((i) => [i.id, i.className.split(' ')]))
    expect(cls.i1).toEqual(['item-statement'])
    expect(cls.i2).toEqual(expect.arrayContaining(['item-event', 'is-planned', 'has-conflict']))
    expect(cls.i2).not.toContain('is-window')
  })

  it('carries the search terms to mark, so a label is redrawn when they change', () => {
    expect(toVisData(fixture, fixture.items, 'story', ['lavrov']).items.every((i) => i.mark.join() === 'lavrov')).toBe(true)
    expect(toVisData(fixture, fixture.items, 'story').items[0].mark).toEqual([])
  })

  it('makes one lane per story that has items, in story order', () => {
    const { groups } = toVisData(fixture, fixture.items, 'story')
    expect(groups.map((g) => [g.id, g.content])).toEqual([
      ['story:s1', 'Russia-US security talks'],
      ['story:s2', 'NATO-Russia Council'],
    ])
    const onlyS2 = toVisData(fixture, [byId('i4')], 'story')
    expect(onlyS2.groups.map((g) => g.id)).toEqual(['story:s2'])
  })

  it('puts items in the lane of their speaker, else first actor, busiest first', () => {
    const { items, groups } = toVisData(fixture, fixture.items, 'actor')
    expect(items.find((i) => i.id === 'i1')!.group).toBe('actor:Sergey Lavrov')
    expect(items.find((i) => i.id === 'i2')!.group).toBe('actor:Russia')
    expect(groups[0]).toMatchObject({ id: 'actor:Russia', content: 'Russia' })
    expect(groups.map((g) => g.id).sort()).toEqual(['actor:Jens Stoltenberg', 'actor:Russia', 'actor:Sergey Lavrov'])
  })

  it('puts an item without speaker or actors in a last "Unattributed" lane', () => {
    const lone = { ...byId('i3'), id: 'x', actors: [] }
    expect(primaryActor(lone)).toBe('Unattributed')
    const { groups } = toVisData(fixture, [lone, byId('i1')], 'actor')
    expect(groups.map((g) => g.content)).toEqual(['Sergey Lavrov', 'Unattributed'])
  })

  it('nests actor lanes inside story lanes', () => {
    const { items, groups } = toVisData(fixture, fixture.items, 'story-actor')
    const s1 = groups.find((g) => g.id === 'story:s1')!
    expect(s1.nestedGroups!.sort()).toEqual(['story:s1|actor:Russia', 'story:s1|actor:Sergey Lavrov'])
    expect(groups.find((g) => g.id === 'story:s2')!.nestedGroups).toEqual(['story:s2|actor:Jens Stoltenberg'])
    expect(items.find((i) => i.id === 'i4')!.group).toBe('story:s2|actor:Jens Stoltenberg')
    expect(groups.filter((g) => g.treeLevel === 1).map((g) => g.id).sort()).toEqual(['story:s1|actor:Russia', 'story:s1|actor:Sergey Lavrov', 'story:s2|actor:Jens Stoltenberg'])
    // Every item sits in a leaf lane that exists.
    const ids = new Set(groups.map((g) => g.id))
    for (const i of items) expect(ids.has(i.group)).toBe(true)
  })

  it('only makes type lanes that hold items', () => {
    const { groups } = toVisData(fixture, [byId('i1')], 'type')
    expect(groups.map((g) => g.content)).toEqual(['Statements'])
  })
})

describe('tooltips', () => {
  it('tell the date phrase and the anchor', () => {
    const t = tooltipText(byId('i1'))
    expect(t).toContain('Mon 27 Dec 2021')
    expect(t).toContain('“on Monday” (anchored on 2021-12-28)')
    expect(t).toContain('Sergey Lavrov, Russian Foreign Minister')
    expect(t).toContain('2 sources')
  })

  it('escape article text before vis-timeline renders it as HTML', () => {
    const evil = { ...byId('i1'), title: '<img src=x onerror=alert(1)>' }
    const { items, tooltip } = toVisData(fixture, [evil], 'story')
    expect(tooltip(evil.id)).not.toContain('<img')
    expect(tooltip(evil.id)).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(tooltip('unknown')).toBe('')
    expect(items[0].content).toBe('<img src=x onerror=alert(1)>') // plain text, rendered by textContent
    expect(escapeHtml(`"a" & 'b'`)).toBe('&quot;a&quot; &amp; &#39;b&#39;')
  })

  it('mark planned events and disagreements', () => {
    const t = tooltipText(byId('i2'))
    expect(t).toContain('Event (planned)')
    expect(t).toContain('sources disagree')
  })
})

describe('keyboard order', () => {
  const data = toVisData(fixture, fixture.items, 'story')
  const order = readingOrder(data)

  it('reads items by date', () => {
    expect(order).toEqual(['i3', 'i1', 'i4', 'i2'])
  })

  it('steps and clamps', () => {
    expect(stepSelection(order, null, 1)).toBe('i3')
    expect(stepSelection(order, null, -1)).toBe('i2')
    expect(stepSelection(order, 'i1', 1)).toBe('i4')
    expect(stepSelection(order, 'i1', -1)).toBe('i3')
    expect(stepSelection(order, 'i2', 1)).toBe('i2')
    expect(stepSelection(order, 'gone', 1)).toBe('i3')
    expect(stepSelection([], 'i1', 1)).toBeNull()
  })
})

describe('diffById', () => {
  it('removes stale ids, adds new ones and updates only what changed', () => {
    const first = diffById(new Map(), [{ id: 'a', v: 1 }, { id: 'b', v: 1 }, { id: 'c', v: 1 }])
    expect(first.remove).toEqual([])
    expect(first.upsert.map((x) => x.id)).toEqual(['a', 'b', 'c'])
    const d = diffById(first.shown, [{ id: 'b', v: 1 }, { id: 'c', v: 2 }, { id: 'd', v: 1 }])
    expect(d.remove).toEqual(['a'])
    expect(d.upsert.map((x) => x.id)).toEqual(['c', 'd'])
    expect([...d.shown.keys()]).toEqual(['b', 'c', 'd'])
  })
})

describe('dateSpan', () => {
  it('spans starts and exclusive range ends', () => {
    const { items } = toVisData(fixture, fixture.items, 'story')
    expect(dateSpan(items)).toEqual({ start: '2021-12-01', end: '2022-01-10' })
    expect(dateSpan(items.filter((i) => i.id === 'i3'))).toEqual({ start: '2021-12-01', end: '2021-12-28' })
    expect(dateSpan([])).toBeNull()
  })
})

describe('itemLabel', () => {
  const i1 = byId('i1') // "Lavrov: main negotiations ...", speaker Sergey Lavrov
  it('drops the speaker prefix in the speaker’s own lane only', () => {
    expect(itemLabel(i1, 'actor')).toBe('main negotiations with the US right after the New Year holidays')
    expect(itemLabel(i1, 'story-actor')).toBe('main negotiations with the US right after the New Year holidays')
    expect(itemLabel(i1, 'story')).toBe(i1.title)
    expect(itemLabel(i1, 'type')).toBe(i1.title)
  })

  it('keeps a prefix that is not the lane’s actor, and titles without one', () => {
    expect(itemLabel({ ...i1, title: 'Kremlin: no comment' }, 'actor')).toBe('Kremlin: no comment')
    expect(itemLabel({ ...i1, title: 'Talks in Geneva' }, 'actor')).toBe('Talks in Geneva')
    expect(itemLabel({ title: 'Russia: ready to talk', speaker: null, actors: ['Russia'] }, 'actor')).toBe('ready to talk')
  })
})
