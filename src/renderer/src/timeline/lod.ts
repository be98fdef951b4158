// Level of detail: what vis-timeline is given for the visible window, so that its DataSet stays small
// whatever the folder's size. vis-timeline measures the DOM of every item it draws on each redraw; handing
// it 10,000 items costs seconds per zoom. Here it gets the items around the window, and where one lane
// holds more than a few items in one stretch of time, a single "37 items" box that zooms in when clicked.
import { escapeHtml, type DrawnItem, type VisGroup, type VisItem } from './mapping'
import { formatDate } from './format'

const DAY = 86_400_000

/** Up to this many items everything is drawn, as vis-timeline lays that out quickly. */
export const DETAIL_ABOVE = 400
/** Most items handed to vis-timeline at once: a redraw of this many stays well under a frame budget's worst case. */
export const SHOWN_BUDGET = 500
/** A time bucket is about this wide on screen: an aggregate box's width. */
export const BUCKET_PX = 96
/** More items than this in one lane and bucket become an aggregate (buckets of a day or less never do, unless over budget). */
export const MAX_PER_BUCKET = 4
/** Items this far (in window widths) either side of the window are given too, so a short pan shows no gap. */
export const MARGIN = 0.5

export interface AggregateItem extends DrawnItem {
  aggregate: {
    count: number
    /** First start and last (exclusive) end of the items it stands for, in ms: where a click zooms to. */
    from: number
    to: number
  }
}

export type ShownItem = VisItem | AggregateItem

export function isAggregate(item: VisItem): item is AggregateItem {
  return 'aggregate' in item
}

/** An item with its dates parsed once, end exclusive. */
export interface Placed {
  item: VisItem
  start: number
  end: number
}

export interface View {
  start: number
  end: number
  /** The timeline's width on screen, in px. */
  widthPx: number
}

export function placeItems(items: readonly VisItem[]): Placed[] {
  return items.map((item) => {
    const start = Date.parse(item.start)
    // A box occupies its day.
    return { item, start, end: item.end ? Date.parse(item.end) : start + DAY }
  })
}

/** A whole number of days, a power of two, about BUCKET_PX wide: aligned on absolute time so ids survive pans. */
export function bucketSize(view: View): number {
  const msPerPx = (view.end - view.start) / Math.max(1, view.widthPx)
  const days = (msPerPx * BUCKET_PX) / DAY
  return DAY * 2 ** Math.max(0, Math.ceil(Math.log2(days)))
}

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

function aggregateOf(group: string, bucket: number, index: number, cell: readonly Placed[]): AggregateItem {
  let from = cell[0].start
  let to = cell[0].end
  for (const p of cell) {
    from = Math.min(from, p.start)
    to = Math.max(to, p.end)
  }
  const first = formatDate(isoDay(from))
  const last = formatDate(isoDay(to - 1))
  const sample = cell.slice(0, 3).map((p) => `· ${p.item.content}`)
  const tooltip = [`${cell.length} items, ${first === last ? first : `${first} – ${last}`}`, ...sample, cell.length > 3 ? '…' : '', 'Click to zoom in']
  return {
    id: `agg|${bucket}|${index}|${group}`,
    group,
    content: `${cell.length} items`,
    start: new Date((from + to) / 2).toISOString(),
    type: 'box',
    className: 'aggregate',
    title: tooltip
      .filter(Boolean)
      .map((line) => escapeHtml(line))
      .join('<br>'),
    mark: [],
    aggregate: { count: cell.length, from, to },
  }
}

/** The end of the run of one lane's items in one bucket that begins at `from`: `placed` sorted by lane, then start. */
function runEnd(placed: readonly Placed[], from: number, bucket: number): number {
  const { group } = placed[from].item
  const index = Math.floor(placed[from].start / bucket)
  let to = from + 1
  while (to < placed.length && placed[to].item.group === group && Math.floor(placed[to].start / bucket) === index) to++
  return to
}

/** Buckets of a day or less are never aggregated for crowding alone: zooming in further would not spread them. */
const limitFor = (bucket: number): number => (bucket <= DAY ? Infinity : MAX_PER_BUCKET)

function shownCount(placed: readonly Placed[], bucket: number): number {
  const limit = limitFor(bucket)
  let n = 0
  for (let from = 0, to = 0; from < placed.length; from = to) {
    to = runEnd(placed, from, bucket)
    n += to - from > limit ? 1 : to - from
  }
  return n
}

/** The items at one bucket size: each lane's crowded buckets as aggregates. */
function bucketed(placed: readonly Placed[], bucket: number): ShownItem[] {
  const limit = limitFor(bucket)
  const shown: ShownItem[] = []
  for (let from = 0, to = 0; from < placed.length; from = to) {
    to = runEnd(placed, from, bucket)
    const cell = placed.slice(from, to)
    if (cell.length > limit) shown.push(aggregateOf(cell[0].item.group, bucket, Math.floor(cell[0].start / bucket), cell))
    else for (const p of cell) shown.push(p.item)
  }
  return shown
}

/** The items overlapping [lo, hi) in `onLanes` (all lanes if null), but `pinned`, sorted by lane then start so a lane's buckets are runs. */
function nearByLane(placed: readonly Placed[], lo: number, hi: number, onLanes: ReadonlySet<string> | null, pinned: string | null): Placed[] {
  const lanes = new Map<string, number>()
  const near: { p: Placed; lane: number }[] = []
  for (const p of placed) {
    if (p.start >= hi || p.end <= lo || p.item.id === pinned || (onLanes && !onLanes.has(p.item.group))) continue
    let lane = lanes.get(p.item.group)
    if (lane === undefined) lanes.set(p.item.group, (lane = lanes.size))
    near.push({ p, lane })
  }
  return near.sort((a, b) => a.lane - b.lane || a.p.start - b.p.start).map((n) => n.p)
}

/**
 * What to hand vis-timeline for a view: every item when there are few; else the items overlapping the
 * window and a margin, on the lanes on screen and near (`lanes`; null for all), at the finest bucket size
 * that keeps them within SHOWN_BUDGET. `pinned` (the selection) is always given as itself, so it can be
 * selected and scrolled to wherever it is.
 */
export function levelOfDetail(placed: readonly Placed[], view: View, pinned: string | null = null, lanes: ReadonlySet<string> | null = null): ShownItem[] {
  if (placed.length <= DETAIL_ABOVE) return placed.map((p) => p.item)
  const span = Math.max(view.end - view.start, DAY)
  const lo = view.start - span * MARGIN
  const hi = view.end + span * MARGIN
  const near = nearByLane(placed, lo, hi, lanes, pinned)
  let bucket = bucketSize(view)
  while (shownCount(near, bucket) > SHOWN_BUDGET && bucket < hi - lo) bucket *= 2
  const pin = pinned === null ? [] : placed.filter((p) => p.item.id === pinned).map((p) => p.item)
  return [...pin, ...bucketed(near, bucket)]
}

/** The lanes top to bottom as vis-timeline draws them: lanes by order, each followed by the lanes nested in it. */
export function laneOrder(groups: readonly VisGroup[]): string[] {
  const byOrder = (a: VisGroup, b: VisGroup): number => a.order - b.order
  const byId = new Map(groups.map((g) => [g.id, g]))
  const nested = new Set(groups.flatMap((g) => g.nestedGroups ?? []))
  return groups
    .filter((g) => !nested.has(g.id))
    .sort(byOrder)
    .flatMap((g) => [g.id, ...(g.nestedGroups ?? []).flatMap((id) => byId.get(id) ?? []).sort(byOrder).map((c) => c.id)])
}

/** The lanes on screen and as many again above and below them, for a scroll to find its items drawn. */
export function lanesAround(order: readonly string[], visible: readonly string[]): Set<string> {
  const at = visible.map((id) => order.indexOf(id)).filter((i) => i >= 0)
  if (at.length === 0) return new Set(order.slice(0, LANES_WITHOUT_SCREEN))
  const first = Math.min(...at)
  const last = Math.max(...at)
  const extra = last - first + 1
  return new Set(order.slice(Math.max(0, first - extra), last + extra + 1))
}

/** Lanes given items before vis-timeline has told which are on screen: more than a screen holds. */
export const LANES_WITHOUT_SCREEN = 40
