import { describe, expect, it } from 'vitest'
import type { Timeline } from '../../shared/model'
import { axisTicks, dayOf, formatItemDate } from './dates'
import { seedsTimeline, syntheticTimeline } from './fixtures/load'
import { layoutTimeline, METRICS, packRows, type ItemBox, type TimelineLayout } from './layout'
import { measureText } from './text'

function overlaps(a: ItemBox, b: ItemBox): boolean {
  const ax2 = a.x + a.width
  const bx2 = b.x + b.width
  // The zone under a box holds its tail, dot or date bar: it belongs to the item too.
  const ay2 = a.y + METRICS.rowPitch - 2
  const by2 = b.y + METRICS.rowPitch - 2
  const boxes = a.x < bx2 && b.x < ax2 && a.y < by2 && b.y < ay2
  const extents = a.row === b.row && a.extent.left < b.extent.right && b.extent.left < a.extent.right
  return boxes || extents
}

function assertNoOverlaps(layout: TimelineLayout): number {
  let pairs = 0
  for (const lane of layout.lanes) {
    const items = lane.items
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        pairs++
        if (overlaps(items[i], items[j])) throw new Error(`${items[i].itemId} overlaps ${items[j].itemId} in lane ${lane.key}`)
      }
    }
  }
  return pairs
}

function allBoxes(layout: TimelineLayout): ItemBox[] {
  return layout.lanes.flatMap((lane) => lane.items)
}

describe('packRows', () => {
  it.each([
    ['disjoint intervals share a row', [{ left: 0, right: 10 }, { left: 20, right: 30 }], [0, 0]],
    ['overlapping intervals stack', [{ left: 0, right: 10 }, { left: 5, right: 30 }, { left: 25, right: 40 }], [0, 1, 0]],
    ['the gap is respected', [{ left: 0, right: 10 }, { left: 15, right: 20 }], [0, 1]],
    ['a freed row is reused first', [{ left: 0, right: 100 }, { left: 0, right: 10 }, { left: 30, right: 40 }], [0, 1, 1]],
    ['a gap to the left of a placed label is used', [{ left: 100, right: 200 }, { left: 0, right: 50 }], [0, 0]],
    ['but not if it overlaps', [{ left: 100, right: 200 }, { left: 0, right: 95 }], [0, 1]],
  ])('%s', (_, extents, rows) => {
    expect(packRows(extents, 10)).toEqual(rows)
  })
})

describe('layoutTimeline on the seeds fixture', () => {
  const timeline = seedsTimeline()
  const layout = layoutTimeline(timeline)

  it('draws every dated item once, by story lane', () => {
    expect(allBoxes(layout).map((b) => b.itemId).sort()).toEqual(timeline.items.map((i) => i.id).sort())
    expect(layout.lanes.map((l) => l.key)).toEqual(['story:s1', 'story:s2'])
    expect(layout.width).toBe(2400)
  })

  it('has no two overlapping labels', () => {
    expect(assertNoOverlaps(layout)).toBeGreaterThan(50)
  })

  it('keeps every label inside the plot and readable', () => {
    for (const box of allBoxes(layout)) {
      expect(box.x).toBeGreaterThanOrEqual(layout.plot.left)
      expect(box.x + box.width).toBeLessThanOrEqual(layout.plot.right + 0.001)
      const textWidth = box.parts.reduce((w, p) => w + measureText(p.text, p.role === 'speaker' ? METRICS.speakerFont : METRICS.labelFont), 0)
      expect(textWidth).toBeLessThanOrEqual(box.width - 2 * METRICS.boxPadX + 0.5)
    }
    expect(METRICS.labelFont.size).toBeGreaterThanOrEqual(14)
  })

  it('stacks items of the same day in date order, even where their labels are pushed left', () => {
    // The view ends just after 27 Dec: those labels do not fit to the right of their date.
    const lane = layoutTimeline(timeline, { range: { start: '2021-12-20', end: '2021-12-28' } }).lanes[0]
    const sameDay = lane.items.filter((b) => timeline.items.find((i) => i.id === b.itemId)?.start === '2021-12-27')
    expect(sameDay.map((b) => b.itemId)).toEqual(['i1', 'i12', 'i14', 'i15', 'i2', 'i6'])
    for (let k = 1; k < sameDay.length; k++) expect(sameDay[k].row).toBeGreaterThan(sameDay[k - 1].row)
  })

  it('places items by date: a later start is never to the left', () => {
    const boxes = allBoxes(layout)
    const byId = new Map(timeline.items.map((i) => [i.id, i]))
    const sorted = [...boxes].sort((a, b) => (dayOf(byId.get(a.itemId)?.start) ?? 0) - (dayOf(byId.get(b.itemId)?.start) ?? 0))
    for (let k = 1; k < sorted.length; k++) expect(sorted[k].anchorX).toBeGreaterThanOrEqual(sorted[k - 1].anchorX)
  })

  it('labels statements "Speaker: title" without repeating the speaker', () => {
    const lavrov = allBoxes(layout).find((b) => b.itemId === 'i1')
    expect(lavrov?.parts.slice(0, 2)).toEqual([
      { text: '27 Dec  ', role: 'date' },
      { text: 'Sergey Lavrov: ', role: 'speaker' },
    ])
    expect(lavrov?.parts[2].text.startsWith('main negotiations')).toBe(true)
    expect(lavrov?.parts.at(-1)).toEqual({ text: ' [1, 2, 3, 4, 5]', role: 'refs' })
    const event = allBoxes(layout).find((b) => b.itemId === 'i5')
    expect(event?.parts.map((p) => p.role)).toEqual(['date', 'title', 'refs'])
    expect(event?.planned).toBe(true)
  })

  it('flags items whose sources disagree', () => {
    const peskov = allBoxes(layout).find((b) => b.itemId === 'i6')
    expect(peskov?.parts.at(-1)).toEqual({ text: ' *', role: 'disputed' })
    expect(peskov?.description).toContain('sources disagree on date')
    expect(layout.disputed).toBe(true)
    expect(layoutTimeline(timeline, { itemIds: ['i1'] }).disputed).toBe(false)
  })

  it.each([800, 1600, 2400])('fits the legend in a %i px wide drawing', (width) => {
    const narrow = layoutTimeline(timeline, { width })
    expect(narrow.legend.map((e) => e.label)).toContain('* = sources disagree (date, speaker or figure)')
    for (const entry of narrow.legend) expect(entry.x + entry.width).toBeLessThanOrEqual(width - METRICS.margin)
    expect(narrow.plot.top).toBeGreaterThan(Math.max(...narrow.legend.map((e) => e.y)) + 28)
  })

  it('draws a window-dated item as a bar over its days', () => {
    const holidays = allBoxes(layout).find((b) => b.itemId === 'i8')
    expect(holidays?.window).toBe(true)
    const pxPerDay = (layout.plot.right - layout.plot.left) / (layout.domain.to - layout.domain.from)
    // 31 Dec to 9 Jan inclusive is 10 days.
    expect(((holidays?.bar?.x2 ?? 0) - (holidays?.bar?.x1 ?? 0)) / pxPerDay).toBeCloseTo(10, 5)
  })

  it('numbers the sources in order of first citation, one line each', () => {
    expect(layout.sources.lines.map((l) => l.n)).toEqual([1, 2, 3, 4, 5])
    expect(layout.sources.lines[0].text).toContain('The National')
    expect(layout.sources.lines[0].text).toContain('000_8dcaf8a3530c99f7.txt')
    const last = layout.sources.lines[4]
    expect(last.y).toBe(layout.sources.lines[0].y + 4 * METRICS.sourceLineHeight)
    expect(layout.height).toBeGreaterThan(last.y)
  })

  it('groups by actor and by type when asked', () => {
    const byActor = layoutTimeline(timeline, { lanes: 'actor' })
    const lanes = new Map(byActor.lanes.map((l) => [l.label.join(' '), l.count]))
    expect(lanes.get('Sergey Lavrov')).toBe(3)
    expect(lanes.get('Dmitry Peskov')).toBe(1)
    // Events have no speaker: they go to their first actor's lane.
    expect(lanes.get('Russia')).toBe(3)
    expect(byActor.lanes[0].count).toBeGreaterThanOrEqual(byActor.lanes.at(-1)?.count ?? 0)
    // The lane names the speaker: its labels do not repeat the name.
    const lavrovLane = byActor.lanes.find((l) => l.label.join(' ') === 'Sergey Lavrov')
    expect(lavrovLane?.items.map((b) => b.parts[1].role)).toEqual(['title', 'title', 'title'])
    expect(lavrovLane?.items.find((b) => b.itemId === 'i1')?.parts[1].text).toBe('main negotiations with the US will take place right after the New Year holidays')
    assertNoOverlaps(byActor)
    const byType = layoutTimeline(timeline, { lanes: 'type' })
    expect(byType.lanes.map((l) => [l.label.join(' '), l.count])).toEqual([['Statements', 12], ['Events', 4]])
  })

  it('draws only the chosen items within the view range', () => {
    const view = layoutTimeline(timeline, { itemIds: ['i1', 'i5', 'i6', 'i13'], range: { start: '2021-12-26T00:00:00.000Z', end: '2021-12-31T12:00:00.000Z' } })
    // i5 (12 Jan) is outside the range; i13 (1-27 Dec) overlaps it and is clipped to the plot.
    expect(allBoxes(view).map((b) => b.itemId).sort()).toEqual(['i1', 'i13', 'i6'])
    expect(view.domain).toEqual({ from: dayOf('2021-12-26'), to: (dayOf('2021-12-31') ?? 0) + 1 })
    const clipped = allBoxes(view).find((b) => b.itemId === 'i13')
    expect(clipped?.bar?.x1).toBe(view.plot.left)
    expect(view.sources.lines.map((l) => l.n)).toEqual([1, 2, 3, 4, 5])
  })
})

describe('layout of dense and odd timelines', () => {
  it('stacks 1,000 items without overlaps, growing the height', () => {
    const layout = layoutTimeline(syntheticTimeline(1000))
    expect(allBoxes(layout)).toHaveLength(1000)
    assertNoOverlaps(layout)
    const rows = layout.lanes.reduce((n, lane) => n + lane.rows, 0)
    expect(layout.plot.bottom - layout.plot.top).toBeGreaterThanOrEqual(rows * METRICS.rowPitch)
    // 250 sources in two columns, every line inside the drawing, none on top of another.
    const lines = layout.sources.lines
    expect(lines).toHaveLength(250)
    expect(new Set(lines.map((l) => l.x)).size).toBe(2)
    expect(new Set(lines.map((l) => `${l.x},${l.y}`)).size).toBe(250)
    for (const line of lines) {
      expect(line.x + measureText(line.text, METRICS.sourceFont)).toBeLessThanOrEqual(layout.width - METRICS.margin + 0.5)
      expect(line.y).toBeLessThan(layout.height)
    }
    const secondColumn = Math.min(...lines.filter((l) => l.x > METRICS.margin).map((l) => l.x))
    for (const line of lines.filter((l) => l.x === METRICS.margin)) expect(line.x + measureText(line.text, METRICS.sourceFont)).toBeLessThan(secondColumn)
  })

  it('puts 30 statements made on the same day in 30 rows', () => {
    const base = seedsTimeline()
    const items = Array.from({ length: 30 }, (_, k) => ({ ...base.items[0], id: `x${k}` }))
    const layout = layoutTimeline({ ...base, items })
    expect(layout.lanes[0].rows).toBe(30)
    assertNoOverlaps(layout)
  })

  it('truncates a very long title with an ellipsis', () => {
    const base = seedsTimeline()
    const long = { ...base.items[5], title: 'Peskov: ' + 'the meeting will take place and talks are important '.repeat(20) }
    const box = allBoxes(layoutTimeline({ ...base, items: [long] }))[0]
    expect(box.parts.find((p) => p.role === 'title')?.text.endsWith('…')).toBe(true)
    expect(box.width).toBeLessThanOrEqual(METRICS.maxLabelWidth)
  })

  it('wraps and cuts lane labels to the label column', () => {
    const base = seedsTimeline()
    const title = 'https://example.com/' + 'very-long-unbroken-slug-'.repeat(8) + ' and then ' + 'many more words '.repeat(20)
    const layout = layoutTimeline({ ...base, stories: base.stories.map((s) => ({ ...s, title })) })
    for (const lane of layout.lanes) {
      expect(lane.label.length).toBeLessThanOrEqual(3)
      for (const line of lane.label) expect(METRICS.margin + 10 + measureText(line, METRICS.laneFont)).toBeLessThanOrEqual(layout.plot.left)
    }
    expect(layout.lanes[0].label.at(-1)?.endsWith('…')).toBe(true)
  })

  it('draws an empty timeline with its articles dates and a message', () => {
    const base: Timeline = { ...seedsTimeline(), items: [] }
    const layout = layoutTimeline(base)
    expect(layout.lanes).toEqual([])
    expect(layout.emptyMessage).toBe('No items extracted yet')
    expect(layout.domain.from).toBeLessThanOrEqual(dayOf('2021-12-27') ?? 0)
  })

  it('counts items with impossible dates instead of drawing them', () => {
    const base = seedsTimeline()
    const bad = { ...base.items[0], id: 'bad', start: '2021-02-30', end: '2021-02-30' }
    const layout = layoutTimeline({ ...base, items: [bad, base.items[1]] })
    expect(allBoxes(layout).map((b) => b.itemId)).toEqual(['i2'])
    expect(layout.subtitle).toContain('1 undated item not drawn')
  })
})

describe('formatItemDate', () => {
  const day = (iso: string): number => dayOf(iso) ?? NaN
  it.each([
    ['a day', '2021-12-27', '2021-12-27', 'day', false, '27 Dec'],
    ['a day with its year', '2021-12-27', '2021-12-27', 'day', true, '27 Dec 2021'],
    ['a week in one month', '2021-12-20', '2021-12-26', 'week', false, '20–26 Dec'],
    ['a window across months', '2021-12-31', '2022-01-09', 'day', false, '31 Dec – 9 Jan'],
    ['a window across years, with years', '2021-12-31', '2022-01-09', 'day', true, '31 Dec 2021 – 9 Jan 2022'],
    ['a month', '2021-12-01', '2021-12-31', 'month', false, 'Dec 2021'],
    ['an approximate window', '2022-01-10', '2022-01-14', 'approximate', false, 'c. 10–14 Jan'],
    ['a year', '2021-01-01', '2021-12-31', 'year', false, '2021'],
  ] as const)('%s', (_, start, end, precision, withYear, expected) => {
    expect(formatItemDate(day(start), day(end), precision, withYear)).toBe(expected)
  })
})

describe('axisTicks', () => {
  const day = (iso: string): number => dayOf(iso) ?? NaN
  it.each([
    ['two weeks: days', '2021-12-20', '2022-01-03', 2200, 'day', '20 Dec 2021'],
    ['two months: weeks starting Monday', '2021-12-01', '2022-02-01', 2200, 'week', '6 Dec 2021'],
    ['a year: months', '2021-06-01', '2022-06-01', 2200, 'month', 'Jun 2021'],
    ['ten years: years', '2012-01-01', '2022-01-01', 2200, 'year', '2012'],
  ])('%s', (_, from, to, pixels, unit, firstLabel) => {
    const ticks = axisTicks(day(from), day(to), pixels / (day(to) - day(from)))
    expect(ticks.unit).toBe(unit)
    const majors = ticks.ticks.filter((t) => t.major)
    expect(majors[0].label).toBe(firstLabel)
    // Labels are far enough apart not to collide.
    for (let k = 1; k < majors.length; k++) expect((majors[k].day - majors[k - 1].day) * (pixels / (day(to) - day(from)))).toBeGreaterThanOrEqual(70)
  })

  it('shows the year again when it changes', () => {
    const labels = axisTicks(day('2021-12-27'), day('2022-01-05'), 200).ticks.map((t) => t.label)
    expect(labels).toContain('1 Jan 2022')
    expect(labels).toContain('28 Dec')
  })
})
