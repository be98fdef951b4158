// Owns one vis-timeline instance. The DataSets are updated by diff, never replaced, so the user's zoom,
// scroll and selection survive reloads, filter changes and lane switches. vis-timeline is given only the
// level of detail the window needs (../timeline/lod.ts), recomputed when the window settles.
import { onBeforeUnmount, onMounted, shallowRef, type Ref } from 'vue'
import { DataSet } from 'vis-data/peer'
import { Timeline, type TimelineOptions } from 'vis-timeline/peer'
import 'vis-timeline/styles/vis-timeline-graph2d.min.css'
import { dateSpan, diffById, type DrawnItem, type VisData, type VisGroup } from '../timeline/mapping'
import { DETAIL_ABOVE, isAggregate, laneOrder, lanesAround, levelOfDetail, placeItems, type Placed, type View } from '../timeline/lod'
import { groupTemplate, itemTemplate } from '../timeline/dom'
import { patchLanes } from '../timeline/visLanes'

const DAY = 24 * 60 * 60 * 1000
/** vis-timeline already waits 200 ms after a wheel zoom before `rangechanged`; this gathers the rest. */
const DETAIL_DELAY_MS = 60

function animation(): { duration: number; easingFunction: 'easeInOutQuad' } | false {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? false : { duration: 250, easingFunction: 'easeInOutQuad' }
}

export interface TimelineHandle {
  instance: Ref<Timeline | null>
  setData(data: VisData, refit?: boolean): void
  select(id: string | null, focus?: boolean): void
  fit(): void
  zoom(factor: number): void
  window(): { start: string; end: string } | null
}

export function useTimeline(
  container: Ref<HTMLElement | null>,
  opts: { onSelect: (id: string | null) => void },
): TimelineHandle {
  const instance = shallowRef<Timeline | null>(null)
  const items = new DataSet<DrawnItem, 'id'>()
  const groups = new DataSet<VisGroup, 'id'>()
  let laneSignature = ''
  /** Every item to show (after filters), dates parsed; vis-timeline gets the level of detail of these. */
  let placed: Placed[] = []
  let byId = new Map<string, Placed>()
  let tooltip: VisData['tooltip'] = () => ''
  /** Each item given to vis-timeline, as last given, to update only what changed. */
  let shown = new Map<string, string>()
  /** The selected item: always given to vis-timeline as itself, even inside a crowded stretch or off screen. */
  let pinned: string | null = null
  let fitted = false
  let detailTimer: ReturnType<typeof setTimeout> | undefined
  /** The lanes top to bottom, and those given items: the ones on screen or near, and any scrolled past since the window last moved. */
  let lanes: string[] = []
  let lanesGiven = new Set<string>()
  /** Set while new lanes wait to be drawn before their items are given. */
  let lanesFrame = 0

  onMounted(() => {
    if (!container.value) return
    const options: TimelineOptions = {
      height: '100%',
      stack: true,
      orientation: { axis: 'top', item: 'top' },
      showCurrentTime: false,
      selectable: true,
      multiselect: false,
      zoomMin: DAY * 2,
      zoomMax: DAY * 365 * 20,
      margin: { item: { horizontal: 6, vertical: 6 }, axis: 8 },
      groupOrder: 'order',
      // Days with many reports stack tall: the wheel scrolls the lanes, Ctrl+wheel (or +/-) zooms.
      verticalScroll: true,
      zoomKey: 'ctrlKey',
      template: itemTemplate(),
      groupTemplate,
      // data-id on each item: to tell whether the selection is on screen.
      dataAttributes: ['id'],
      tooltip: { followMouse: true, overflowMethod: 'cap', delay: 300 },
      // Article text reaches vis-timeline only as text nodes, but keep its own filter on as a second wall.
      xss: { disabled: false },
    }
    const tl = new Timeline(container.value, items, groups, options)
    tl.on('select', (props: { items: (string | number)[] }) => {
      const id = props.items.length ? String(props.items[0]) : null
      const item = id === null ? null : items.get(id)
      if (item && isAggregate(item)) {
        // An aggregate is no item of ours: clicking it zooms into its stretch and keeps the selection.
        tl.setSelection(pinned ? [pinned] : [])
        zoomInto(item.aggregate.from, item.aggregate.to)
        return
      }
      opts.onSelect(item ? item.id : null)
    })
    tl.on('rangechanged', () => {
      clearTimeout(detailTimer)
      detailTimer = setTimeout(() => showDetail(), DETAIL_DELAY_MS)
    })
    // vis-timeline creates its lanes on a redraw: the first redraw with lanes patches them (../timeline/visLanes.ts).
    // After each redraw: lanes scrolled into view get their items. Lanes scrolled past keep theirs until
    // the window moves, so that their heights, and what is on screen, do not jump.
    let lanesPatched = false
    tl.on('changed', () => {
      lanesPatched ||= patchLanes(tl)
      if (lanesFrame || [...lanesNear()].every((id) => lanesGiven.has(id))) return
      clearTimeout(detailTimer)
      detailTimer = setTimeout(() => showDetail(currentView(), true), DETAIL_DELAY_MS)
    })
    instance.value = tl
  })

  onBeforeUnmount(() => {
    clearTimeout(detailTimer)
    cancelAnimationFrame(lanesFrame)
    instance.value?.destroy()
    instance.value = null
  })

  function viewOf(window: { start: number; end: number }): View {
    return { ...window, widthPx: container.value?.clientWidth || 1000 }
  }

  function currentView(): View | null {
    const w = instance.value?.getWindow()
    return w ? viewOf({ start: w.start.valueOf(), end: w.end.valueOf() }) : null
  }

  /** The lanes on screen at the last redraw. */
  function visibleLanes(): string[] {
    // vis-timeline's getVisibleGroups is public but missing from its type declarations.
    const tl = instance.value as (Timeline & { getVisibleGroups(): string[] }) | null
    return tl?.getVisibleGroups() ?? []
  }

  function lanesNear(): Set<string> {
    return lanesAround(lanes, visibleLanes())
  }

  /** Brings vis-timeline's items to the level of detail of `view`, updating only what changed. */
  function showDetail(view = currentView(), keepLanes = false): void {
    if (!view || lanesFrame) return
    const near = lanesNear()
    lanesGiven = keepLanes ? new Set([...lanesGiven, ...near]) : near
    const drawn = levelOfDetail(placed, view, pinned, lanesGiven).map((s): DrawnItem => (isAggregate(s) ? s : { ...s, title: tooltip(s.id) }))
    const d = diffById(shown, drawn)
    if (d.remove.length) items.remove(d.remove)
    if (d.upsert.length) items.update(d.upsert)
    shown = d.shown
  }

  /** `refit`: a newly opened folder, where the old window means nothing. */
  function setData(data: VisData, refit = false): void {
    if (refit) fitted = false
    placed = placeItems(data.items)
    tooltip = data.tooltip
    lanes = laneOrder(data.groups)
    byId = new Map(placed.map((p) => [p.item.id, p]))
    if (pinned && !byId.has(pinned)) pinned = null
    const fit = !fitted && data.items.length > 0 ? fitWindow() : null
    const view = fit ? viewOf(fit) : currentView()
    const signature = data.groups.map((g) => `${g.id}>${(g.nestedGroups ?? []).join(',')}`).join(';')
    if (signature !== laneSignature) {
      // A different set of lanes (or nesting): rebuild lanes and items, as vis-timeline does not re-nest
      // groups updated in place. The window is kept; the caller restores the selection.
      items.clear()
      groups.clear()
      shown = new Map()
      laneSignature = signature
      cancelAnimationFrame(lanesFrame)
      lanesFrame = 0
      if (placed.length <= DETAIL_ABOVE) {
        // Few items: they go in first, and a lane added afterwards lays its items out before it is
        // attached to the page, where adding items to live lanes forces a layout per item.
        showDetail(view)
        groups.add(data.groups)
      } else {
        // Many: lanes go in first, and items once vis-timeline has drawn the lanes empty (its redraws wait
        // for the next frame): then each lane has a height, and vis-timeline draws the items of the lanes
        // on screen only. Given with their lanes, items are drawn and measured in every lane: seconds for
        // the 667 lanes of 10,000 items.
        groups.add(data.groups)
        lanesFrame = requestAnimationFrame(() => {
          lanesFrame = 0
          showDetail()
          instance.value?.setSelection(pinned ? [pinned] : [])
        })
      }
    } else {
      groups.update(data.groups)
      showDetail(view)
    }
    if (fit) {
      fitted = true
      instance.value?.setWindow(fit.start, fit.end, { animation: false })
    }
  }

  /** Like vis-timeline's fit(), with room for the labels of boxes centred on the first and last days. */
  function fitWindow(): { start: number; end: number } | null {
    const span = dateSpan(placed.map((p) => p.item))
    if (!span) return null
    const start = Date.parse(span.start)
    const end = Math.max(Date.parse(span.end), start + DAY)
    const pad = (end - start) * 0.2 + DAY
    return { start: start - pad, end: end + pad }
  }

  function zoomInto(from: number, to: number): void {
    const pad = Math.max((to - from) * 0.1, DAY / 2)
    instance.value?.setWindow(from - pad, to + pad, { animation: animation() })
  }

  /**
   * Scrolls the lanes so that `lane` is on screen. vis-timeline's focus() scrolls to an item only once it
   * has drawn it, which it does only on lanes on screen; it follows a scroll of its lane panel.
   */
  function scrollToLane(lane: string): void {
    const root = container.value
    const panel = root?.querySelector<HTMLElement>('.vis-panel.vis-left')
    const row = [...(root?.querySelectorAll<HTMLElement>('.lane-label') ?? [])].find((l) => l.dataset.lane === lane)?.closest<HTMLElement>('.vis-label')
    if (!panel || !row) return
    if (row.offsetTop < panel.scrollTop || row.offsetTop + row.offsetHeight > panel.scrollTop + panel.clientHeight) {
      panel.scrollTop = Math.max(0, row.offsetTop - panel.clientHeight / 3)
    }
  }

  /** Whether any of an item is drawn on screen (vis-timeline draws items on lanes on screen only). */
  function onScreen(id: string): boolean {
    const root = container.value
    const panel = root?.querySelector('.vis-panel.vis-center')?.getBoundingClientRect()
    const drawn = [...(root?.querySelectorAll<HTMLElement>('.vis-foreground .vis-item') ?? [])].find((e) => e.dataset.id === id)?.getBoundingClientRect()
    return !!panel && !!drawn && drawn.right > panel.left && drawn.left < panel.right && drawn.bottom > panel.top && drawn.top < panel.bottom
  }

  return {
    instance,
    setData,
    select(id, focus = true) {
      const tl = instance.value
      if (!tl) return
      const target = id ? byId.get(id) : undefined
      if ((target?.item.id ?? null) !== pinned) {
        pinned = target?.item.id ?? null
        showDetail(currentView(), true)
      }
      tl.setSelection(pinned ? [pinned] : [])
      // Only scroll when the item is off screen: a click should not move what the user is looking at.
      if (target && focus && !onScreen(target.item.id)) {
        // The lane panel's scroll reaches vis-timeline as an event before the next frame; a redraw before
        // it (focus() redraws at once) would scroll the panel back.
        scrollToLane(target.item.group)
        requestAnimationFrame(() => instance.value?.focus(target.item.id, { animation: animation(), zoom: false }))
      }
    },
    fit() {
      const w = fitWindow()
      if (w) instance.value?.setWindow(w.start, w.end, { animation: animation() })
    },
    zoom(factor) {
      const tl = instance.value
      if (!tl) return
      if (factor > 1) tl.zoomIn(Math.min(1, factor - 1), { animation: false })
      else tl.zoomOut(Math.min(1, 1 / factor - 1), { animation: false })
    },
    window() {
      const w = instance.value?.getWindow()
      return w ? { start: w.start.toISOString(), end: w.end.toISOString() } : null
    },
  }
}
