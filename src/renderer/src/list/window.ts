// The rows of a long list to put in the page: those in the scrolled viewport and a margin either side.
// Row heights vary (titles wrap, a row's articles may be open): measured rows count at their height,
// the others at an estimate, and the rows left out are stood in for by padding above and below.

export interface RowWindow {
  /** First row to draw, and one past the last. */
  start: number
  end: number
  /** Height of the rows left out above and below. */
  padTop: number
  padBottom: number
}

/** The top of each row and, last, the list's total height: `heights[i]` where known, else `estimate`. */
export function rowOffsets(count: number, heights: readonly (number | undefined)[], estimate: number): number[] {
  const offsets = new Array<number>(count + 1)
  offsets[0] = 0
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i] + (heights[i] ?? estimate)
  return offsets
}

/** The row at `y` (px from the list's top): the last row whose top is at or above it. */
export function rowAt(offsets: readonly number[], y: number): number {
  const count = offsets.length - 1
  let lo = 0
  let hi = count - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (offsets[mid] <= y) lo = mid
    else hi = mid - 1
  }
  return Math.max(0, lo)
}

/** The rows overlapping [scrollTop - margin, scrollTop + viewport + margin], `scrollTop` measured from the list's top. */
export function rowWindow(offsets: readonly number[], scrollTop: number, viewport: number, margin: number): RowWindow {
  const count = offsets.length - 1
  const total = offsets[count]
  if (count === 0) return { start: 0, end: 0, padTop: 0, padBottom: 0 }
  const start = rowAt(offsets, Math.max(0, scrollTop - margin))
  const end = Math.min(count, rowAt(offsets, Math.min(total, scrollTop + viewport + margin)) + 1)
  return { start, end, padTop: offsets[start], padBottom: total - offsets[end] }
}

/** The scrollTop (from the list's top) that brings row `index` wholly into a viewport now at `scrollTop`. */
export function scrollToRow(offsets: readonly number[], index: number, scrollTop: number, viewport: number): number {
  const top = offsets[index]
  const bottom = offsets[index + 1]
  if (top < scrollTop) return top
  if (bottom > scrollTop + viewport) return Math.max(0, Math.min(top, bottom - viewport))
  return scrollTop
}
