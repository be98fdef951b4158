import { describe, expect, it } from 'vitest'
import type { Item, Timeline } from '@shared/model'
import seedsJson from '../../../core/export/fixtures/seeds-timeline.json'
import { toVisData, type VisItem } from './mapping'
import { BUCKET_PX, DETAIL_ABOVE, LANES_WITHOUT_SCREEN, MAX_PER_BUCKET, SHOWN_BUDGET, bucketSize, isAggregate, laneOrder, lanesAround, levelOfDetail, placeItems, type AggregateItem, type ShownItem, type View } from './lod'

const seeds = seedsJson as unknown as Timeline
const DAY = 86_400_000
const shift = (iso: string, days: number): string => new Date(Date.parse(iso) + days * DAY).toISOString().slice(0, 10)

/** The seeds' real items copied `copies` times, each copy `everyDays` later than the one before, in the seeds' stories. */
function seedsTimes(copies: number, everyDays: number): Item[] {
  return Array.from({ length: copies }, (_, c) =>
    seeds.items.map((item) => ({ ...item, id: `${item.id}~${c}`, start: shift(item.start, c * everyDays), end: shift(item.end, c * everyDays) })),
  ).flat()
}

function shownFor(items: Item[], view: View, pinned: string | null = null, lanes: 'story' | 'actor' = 'story'): { all: VisItem[]; shown: ShownItem[] } {
  const all = toVisData(seeds, items, lanes).items
  return { all, shown: levelOfDetail(placeItems(all), view, pinned) }
}

const aggregates = (shown: ShownItem[]): AggregateItem[] => shown.filter(isAggregate)
/** How many real items the shown ones stand for. */
const represented = (shown: ShownItem[]): number => shown.reduce((n, s) => n + (isAggregate(s) ? s.aggregate.count : 1), 0)

function viewOver(items: readonly VisItem[], widthPx = 1200): View {
  const placed = placeItems(items)
  return { start: Math.min(...placed.map((p) => p.start)), end: Math.max(...placed.map((p) => p.end)), widthPx }
}

describe('levelOfDetail', () => {
  it('hands every item over as it is up to DETAIL_ABOVE items, however crowded', () => {
    const items = seedsTimes(Math.floor(DETAIL_ABOVE / seeds.items.length), 0)
    expect(items.length).toBeLessThanOrEqual(DETAIL_ABOVE)
    const { all, shown } = shownFor(items, viewOver(toVisData(seeds, items, 'story').items))
    expect(shown).toEqual(all)
  })

  it('shows 10,000 items over three years as a few hundred boxes that stand for all of them', () => {
    const items = seedsTimes(625, 2) // 16 seeds items every two days: 10,000 items
    expect(items).toHaveLength(10_000)
    const { all, shown } = shownFor(items, viewOver(toVisData(seeds, items, 'story').items))
    expect(shown.length).toBeLessThanOrEqual(SHOWN_BUDGET)
    expect(aggregates(shown).length).toBeGreaterThan(0)
    expect(represented(shown)).toBe(all.length)
    // Every aggregate sits in a lane that exists, and only in crowded buckets.
    const lanes = new Set(all.map((i) => i.group))
    for (const a of aggregates(shown)) {
      expect(lanes.has(a.group)).toBe(true)
      expect(a.aggregate.count).toBeGreaterThan(MAX_PER_BUCKET)
      expect(a.content).toBe(`${a.aggregate.count} items`)
      expect(a.type).toBe('box')
    }
  })

  it('gives the items around a zoomed-in window as themselves, and nothing far from it', () => {
    const items = seedsTimes(625, 2)
    const all = toVisData(seeds, items, 'story').items
    const start = Date.parse('2022-06-01')
    const view = { start, end: start + 10 * DAY, widthPx: 1200 }
    const shown = levelOfDetail(placeItems(all), view)
    expect(aggregates(shown)).toEqual([])
    const placed = placeItems(shown as VisItem[])
    // Within the window and half a window either side.
    for (const p of placed) expect(p.end > start - 5 * DAY && p.start < start + 15 * DAY).toBe(true)
    const inWindow = placeItems(all).filter((p) => p.start < view.end && p.end > view.start)
    expect(inWindow.length).toBeGreaterThan(0)
    const ids = new Set(shown.map((s) => s.id))
    for (const p of inWindow) expect(ids.has(p.item.id)).toBe(true)
  })

  it('draws a lane’s crowded bucket as one aggregate whose stretch covers its items', () => {
    // 30 copies of the seeds, all on the same days: each story lane holds many items per day.
    const items = [...seedsTimes(30, 0), ...seedsTimes(1, 400)]
    const all = toVisData(seeds, items, 'story').items
    const view = viewOver(all)
    const shown = levelOfDetail(placeItems(all), view)
    const aggs = aggregates(shown)
    expect(aggs.length).toBeGreaterThan(0)
    for (const a of aggs) {
      const members = placeItems(all).filter((p) => p.item.group === a.group && p.start >= a.aggregate.from && p.end <= a.aggregate.to)
      expect(members.length).toBeGreaterThanOrEqual(a.aggregate.count)
      const mid = Date.parse(a.start)
      expect(mid).toBeGreaterThanOrEqual(a.aggregate.from)
      expect(mid).toBeLessThanOrEqual(a.aggregate.to)
    }
  })

  it('keeps aggregate ids when the window pans by less than a bucket, so vis-timeline redraws nothing', () => {
    const items = seedsTimes(625, 2)
    const all = placeItems(toVisData(seeds, items, 'story').items)
    const view = { start: Date.parse('2021-01-01'), end: Date.parse('2023-01-01'), widthPx: 1200 }
    const nudge = bucketSize(view) / 4
    const a = new Set(aggregates(levelOfDetail(all, view)).map((x) => x.id))
    const b = aggregates(levelOfDetail(all, { ...view, start: view.start + nudge, end: view.end + nudge })).map((x) => x.id)
    const kept = b.filter((id) => a.has(id)).length
    expect(kept / b.length).toBeGreaterThan(0.8)
  })

  it('shows the pinned item as itself even in a crowded bucket or far off the window', () => {
    const items = seedsTimes(625, 2)
    const all = toVisData(seeds, items, 'story').items
    const view = viewOver(all)
    const crowded = levelOfDetail(placeItems(all), view)
    const agg = aggregates(crowded)[0]
    const member = placeItems(all).find((p) => p.item.group === agg.group && p.start >= agg.aggregate.from && p.end <= agg.aggregate.to)!
    const pinned = levelOfDetail(placeItems(all), view, member.item.id)
    expect(pinned.find((s) => s.id === member.item.id)).toEqual(member.item)
    expect(represented(pinned)).toBe(all.length)

    const far = all.at(-1)!
    const early = { start: Date.parse('2020-01-01'), end: Date.parse('2020-01-20'), widthPx: 1200 }
    expect(levelOfDetail(placeItems(all), early).some((s) => s.id === far.id)).toBe(false)
    expect(levelOfDetail(placeItems(all), early, far.id).some((s) => s.id === far.id)).toBe(true)
  })

  it('aggregates per lane: actor lanes split a story’s crowd by who speaks', () => {
    const items = seedsTimes(625, 2)
    const byStory = aggregates(shownFor(items, viewOver(toVisData(seeds, items, 'story').items)).shown)
    const byActor = shownFor(items, viewOver(toVisData(seeds, items, 'actor').items), null, 'actor')
    expect(new Set(byStory.map((a) => a.group.split(':')[0]))).toEqual(new Set(['story']))
    expect(new Set(aggregates(byActor.shown).map((a) => a.group.split(':')[0]))).toEqual(new Set(['actor']))
    expect(represented(byActor.shown)).toBe(byActor.all.length)
  })

  it('gives only the lanes asked for, but always the pinned item', () => {
    const items = seedsTimes(625, 2)
    const { all } = shownFor(items, { start: 0, end: 1, widthPx: 1 }, null, 'actor')
    const view = viewOver(all)
    const lavrov = new Set(['actor:Sergey Lavrov'])
    const shown = levelOfDetail(placeItems(all), view, null, lavrov)
    expect(new Set(shown.map((s) => s.group))).toEqual(lavrov)
    expect(represented(shown)).toBe(all.filter((i) => i.group === 'actor:Sergey Lavrov').length)
    const putin = all.find((i) => i.group === 'actor:Vladimir Putin')!
    expect(levelOfDetail(placeItems(all), view, putin.id, lavrov).map((s) => s.id)).toContain(putin.id)
  })

  it('writes aggregate tooltips as escaped text', () => {
    const items = seedsTimes(625, 2).map((i) => ({ ...i, title: `<img src=x onerror=alert(1)> ${i.title}` }))
    const [a] = aggregates(shownFor(items, viewOver(toVisData(seeds, items, 'story').items)).shown)
    expect(a.title).not.toContain('<img')
    expect(a.title).toContain('&lt;img')
    expect(a.title).toContain('Click to zoom in')
  })
})

describe('bucketSize', () => {
  it('is a power-of-two number of days about BUCKET_PX wide, never under a day', () => {
    expect(bucketSize({ start: 0, end: 2 * DAY, widthPx: 1200 })).toBe(DAY)
    const threeYears = bucketSize({ start: 0, end: 3 * 365 * DAY, widthPx: 1200 })
    expect(Math.log2(threeYears / DAY) % 1).toBe(0)
    const px = threeYears / ((3 * 365 * DAY) / 1200)
    expect(px).toBeGreaterThanOrEqual(BUCKET_PX)
    expect(px).toBeLessThan(2 * BUCKET_PX)
  })
})

describe('lanes on screen', () => {
  const storyActor = toVisData(seeds, seeds.items, 'story-actor').groups

  it('lists lanes top to bottom, nested lanes right after their story', () => {
    const order = laneOrder(storyActor)
    expect(order).toHaveLength(storyActor.length)
    for (const parent of storyActor.filter((g) => g.nestedGroups)) {
      const at = order.indexOf(parent.id)
      expect(order.slice(at + 1, at + 1 + parent.nestedGroups!.length).sort()).toEqual([...parent.nestedGroups!].sort())
    }
    const flat = toVisData(seeds, seeds.items, 'actor').groups
    expect(laneOrder(flat)).toEqual([...flat].sort((a, b) => a.order - b.order).map((g) => g.id))
  })

  it('adds as many lanes above and below as are on screen', () => {
    const order = Array.from({ length: 100 }, (_, i) => `lane${i}`)
    expect([...lanesAround(order, ['lane50', 'lane51', 'lane52'])]).toEqual(order.slice(47, 56))
    expect([...lanesAround(order, ['lane0', 'lane1'])]).toEqual(order.slice(0, 4))
    expect([...lanesAround(order, [])]).toEqual(order.slice(0, LANES_WITHOUT_SCREEN))
    expect([...lanesAround(order, ['gone'])]).toEqual(order.slice(0, LANES_WITHOUT_SCREEN))
  })
})
