// Owns one vis-timeline instance. The DataSets are updated by diff, never replaced, so the user's zoom,
// scroll and selection survive reloads, filter changes and lane switches.
import { onBeforeUnmount, onMounted, shallowRef, type Ref } from 'vue'
import { DataSet } from 'vis-data/peer'
import { Timeline, type TimelineOptions } from 'vis-timeline/peer'
import 'vis-timeline/styles/vis-timeline-graph2d.min.css'
import { clusterFor, dateSpan, diffById, type VisData, type VisGroup, type VisItem } from '../timeline/mapping'
import { groupTemplate, itemTemplate } from '../timeline/dom'

const DAY = 24 * 60 * 60 * 1000

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
  const items = new DataSet<VisItem, 'id'>()
  const groups = new DataSet<VisGroup, 'id'>()
  let laneSignature = ''
  /** Each shown item's data as last given to vis-timeline, to update only what changed. */
  let shown = new Map<string, string>()
  let fitted = false
  /** The `cluster` option last given, as JSON, to change it only when the shown count crosses the threshold. */
  let clustering = 'false'

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
      tooltip: { followMouse: true, overflowMethod: 'cap', delay: 300 },
      // Article text reaches vis-timeline only as text nodes, but keep its own filter on as a second wall.
      xss: { disabled: false },
    }
    const tl = new Timeline(container.value, items, groups, options)
    // A cluster is no item of ours: clicking one selects nothing (a double-click spreads it out).
    tl.on('select', (props: { items: (string | number)[] }) => {
      const id = props.items.length ? String(props.items[0]) : null
      opts.onSelect(id !== null && items.get(id) ? id : null)
    })
    instance.value = tl
  })

  onBeforeUnmount(() => {
    instance.value?.destroy()
    instance.value = null
  })

  /** `refit`: a newly opened folder, where the old window means nothing. */
  function setData(data: VisData, refit = false): void {
    if (refit) fitted = false
    const signature = data.groups.map((g) => `${g.id}>${(g.nestedGroups ?? []).join(',')}`).join(';')
    if (signature !== laneSignature) {
      // A different set of lanes (or nesting): rebuild lanes and items, as vis-timeline does not re-nest
      // groups updated in place. Items go in first: a lane added afterwards lays its items out before it
      // is attached to the page, where adding items to live lanes forces a layout per item (seconds for
      // 800 items). The visible window is kept; the caller restores the selection.
      items.clear()
      groups.clear()
      items.add(data.items)
      groups.add(data.groups)
      shown = diffById(new Map(), data.items).shown
      laneSignature = signature
      // vis-timeline's clusters keep the lanes they were made in: make them again in the new ones.
      clustering = ''
    } else {
      groups.update(data.groups)
      const d = diffById(shown, data.items)
      items.remove(d.remove)
      items.update(d.upsert)
      shown = d.shown
    }
    if (!fitted && data.items.length > 0) {
      fitted = true
      fitAll(false)
    }
    // After the items and lanes are in place (clusters made before their lanes exist are never drawn); the
    // setOptions call redraws at once, so a dense timeline's first frame is already clustered.
    const cluster = clusterFor(data.items.length)
    if (JSON.stringify(cluster) !== clustering) {
      clustering = JSON.stringify(cluster)
      // Any setOptions without `cluster` switches it off in vis-timeline: this is the only call.
      instance.value?.setOptions({ cluster: cluster || undefined })
    }
  }

  /** Like vis-timeline's fit(), with room for the labels of boxes centred on the first and last days. */
  function fitAll(animate: boolean): void {
    const tl = instance.value
    const span = dateSpan(items.get())
    if (!tl || !span) return
    const start = Date.parse(span.start)
    const end = Math.max(Date.parse(span.end), start + DAY)
    const pad = (end - start) * 0.2 + DAY
    tl.setWindow(start - pad, end + pad, { animation: animate ? animation() : false })
  }

  return {
    instance,
    setData,
    select(id, focus = true) {
      const tl = instance.value
      if (!tl) return
      tl.setSelection(id ? [id] : [])
      // Only scroll when the item is off screen: a click should not move what the user is looking at.
      if (id && focus && !tl.getVisibleItems().map(String).includes(id)) {
        tl.focus(id, { animation: animation(), zoom: false })
      }
    },
    fit() {
      fitAll(true)
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
