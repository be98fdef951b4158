// A scrolled list that puts only the rows in view (and a margin) in the page. Rows are measured as they are
// drawn and keep their height by key, so rows that wrap or open are placed right once seen.
import { computed, nextTick, onBeforeUnmount, onMounted, ref, shallowRef, type Ref } from 'vue'
import { rowOffsets, rowWindow, scrollToRow, type RowWindow } from '../list/window'

export interface VirtualList {
  /** The scrolled element: bind with `ref`. */
  scroller: Ref<HTMLElement | null>
  window: Readonly<Ref<RowWindow>>
  /** Bind on each drawn row as `:ref="(el) => measure(el, key)"`. */
  measure(el: unknown, key: string): void
  onScroll(): void
  /** Scrolls row `index` into view; resolves once it is drawn. */
  reveal(index: number): Promise<void>
}

export function useVirtualList(keys: Readonly<Ref<readonly string[]>>, opts: { estimatePx: number; marginPx: number }): VirtualList {
  const scroller = ref<HTMLElement | null>(null)
  const scrollTop = ref(0)
  /** Until the scroller is measured: about a sidebar's height. */
  const viewport = ref(800)
  const heights = shallowRef(new Map<string, number>())
  const rowKey = new WeakMap<Element, string>()
  const observed = new Map<string, Element>()

  const offsets = computed(() => rowOffsets(keys.value.length, keys.value.map((k) => heights.value.get(k)), opts.estimatePx))
  const window = computed(() => rowWindow(offsets.value, scrollTop.value, viewport.value, opts.marginPx))

  // Heights arriving in one frame make one update.
  let pending = new Map<string, number>()
  let frame = 0
  function record(key: string, height: number): void {
    if (heights.value.get(key) === height) return
    pending.set(key, height)
    frame ||= requestAnimationFrame(() => {
      frame = 0
      heights.value = new Map([...heights.value, ...pending])
      pending = new Map()
    })
  }

  const rows = new ResizeObserver((entries) => {
    for (const e of entries) {
      const key = rowKey.get(e.target)
      const height = e.borderBoxSize[0]?.blockSize
      if (key !== undefined && height) record(key, height)
    }
  })
  const frameOf = new ResizeObserver(() => {
    if (scroller.value) viewport.value = scroller.value.clientHeight
  })

  onMounted(() => {
    if (scroller.value) frameOf.observe(scroller.value)
  })
  onBeforeUnmount(() => {
    cancelAnimationFrame(frame)
    rows.disconnect()
    frameOf.disconnect()
  })

  return {
    scroller,
    window,
    measure(el, key) {
      const was = observed.get(key)
      if (was === el) return
      if (was) rows.unobserve(was)
      observed.delete(key)
      if (!(el instanceof Element)) return
      rowKey.set(el, key)
      observed.set(key, el)
      rows.observe(el)
    },
    onScroll() {
      if (scroller.value) scrollTop.value = scroller.value.scrollTop
    },
    async reveal(index) {
      const el = scroller.value
      if (!el || index < 0 || index >= keys.value.length) return
      const top = scrollToRow(offsets.value, index, el.scrollTop, el.clientHeight)
      el.scrollTop = top
      scrollTop.value = top
      await nextTick()
    },
  }
}
