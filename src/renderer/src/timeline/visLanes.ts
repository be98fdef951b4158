// Two changes to how vis-timeline's lanes (its Group class, not part of its typed API) draw, for folders
// of thousands of items; every field used is checked, and an unknown shape leaves vis-timeline alone.
// - It redraws every lane on every frame of a zoom or pan, each with several reads and writes of its DOM:
//   with 667 lanes (10,000 items) that alone takes more than a frame. A lane more than a screen from the
//   visible ones, with nothing drawn in it, cannot change what is on screen: its redraw is left out.
// - It draws and measures an item the moment it is added, one forced layout per item (hundreds after a
//   zoom). Added items are left to the lane's next redraw, which draws all its new items, then measures
//   them all, with one layout.

/** What this relies on in vis-timeline's Group (vis-timeline 7/8). */
interface LaneInternals {
  top: number
  height: number
  isVisible: boolean | null
  visibleItems: unknown[]
  dom: { foreground: HTMLElement }
  _checkIfVisible(item: { displayed: boolean }, visibleItems: unknown[], range: unknown): void
  redraw(range: RangeInternals, margin: unknown, forceRestack: boolean, returnQueue: boolean): unknown
}

interface RangeInternals {
  body: { domProps: { scrollTop: number; centerContainer: { height: number } } }
}

type Step = () => unknown

/** Whether a lane, as last drawn, is more than a screen above or below the lanes on screen. */
export function farFromView(lane: { top: number; height: number }, scrollTop: number, viewHeight: number): boolean {
  const viewTop = -scrollTop
  const viewBottom = viewTop + viewHeight
  return lane.top > viewBottom + viewHeight || lane.top + lane.height < viewTop - viewHeight
}

/**
 * The steps a skipped lane answers with, in place of its redraw's: nothing, but its top read where the
 * redraw reads it last (lanes above may have grown or shrunk) and, last, "not resized".
 */
export function skippedSteps(count: number, readTopAt: number, readTop: Step): Step[] {
  return Array.from({ length: count }, (_, i) => (i === readTopAt ? readTop : i === count - 1 ? () => false : () => undefined))
}

function isLane(value: unknown): value is LaneInternals {
  const lane = value as Partial<LaneInternals> | null
  return !!lane && typeof lane.top === 'number' && typeof lane.height === 'number' && Array.isArray(lane.visibleItems) && lane.dom?.foreground instanceof HTMLElement && typeof lane.redraw === 'function' && typeof lane._checkIfVisible === 'function'
}

const patched = new WeakSet<object>()

/**
 * Applies both changes to every lane of `timeline` (vis-timeline's lanes share one prototype: patched
 * once). False while the timeline has no lane yet.
 */
export function patchLanes(timeline: object): boolean {
  const groups = (timeline as { itemSet?: { groups?: Record<string, unknown> } }).itemSet?.groups
  // Not the background lane: a subclass of its own.
  const lane = Object.entries(groups ?? {}).find(([id, g]) => id !== '__background__' && isLane(g))?.[1]
  const proto = lane ? (Object.getPrototypeOf(lane) as LaneInternals) : null
  if (!proto) return false
  if (patched.has(proto)) return true
  patched.add(proto)
  skipFarLanes(proto)
  deferAddedItems(proto)
  return true
}

/**
 * The queue a lane's redraw returns is run step by step across all lanes, reads after writes, one layout
 * per read step: a skipped lane keeps only the read of its top. When the queue is not as expected
 * (another vis-timeline version), nothing is skipped.
 */
function skipFarLanes(proto: LaneInternals): void {
  const redraw = proto.redraw
  /** The last step that reads the lane's position, once a queue has been seen; -1 when there is none. */
  let readTopAt: number | null = null
  let steps = 0
  const skipped = new WeakMap<LaneInternals, Step[]>()
  proto.redraw = function (this: LaneInternals, range, margin, forceRestack, returnQueue) {
    const dom = range?.body?.domProps
    if (returnQueue && readTopAt !== null && readTopAt >= 0 && dom && this.isVisible === false && this.visibleItems.length === 0 && farFromView(this, dom.scrollTop, dom.centerContainer.height)) {
      let queue = skipped.get(this)
      if (!queue) skipped.set(this, (queue = skippedSteps(steps, readTopAt, () => (this.top = this.dom.foreground.offsetTop))))
      return queue
    }
    const queue = redraw.call(this, range, margin, forceRestack, returnQueue)
    if (readTopAt === null && Array.isArray(queue)) {
      steps = queue.length
      readTopAt = queue.map((step: Step) => step.name).lastIndexOf('bound _calculateGroupSizeAndPosition')
    }
    return queue
  }
}

/** vis-timeline calls this only from a lane's add(), which also marks the lane for restacking: its next redraw draws the item. */
function deferAddedItems(proto: LaneInternals): void {
  const checkIfVisible = proto._checkIfVisible
  proto._checkIfVisible = function (this: LaneInternals, item, visibleItems, range) {
    if (item.displayed) checkIfVisible.call(this, item, visibleItems, range)
  }
}
