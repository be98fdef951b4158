// Restoring the window where it was, unless that place is no longer on any screen.
import type { WindowBounds } from '../shared/settings'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** The least of a window that must be on a screen to count as visible (enough to grab the title bar). */
const MIN_VISIBLE = { width: 100, height: 50 }

function overlap(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x)
  const y = Math.max(a.y, b.y)
  return {
    x,
    y,
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y),
  }
}

/**
 * Fits saved bounds to the current displays' work areas (the first is the primary). A window still
 * visible on a display is kept there, shrunk and moved to fit inside it; one that is off every
 * display loses its position (the window manager centres it) and is shrunk to the primary display.
 */
export function clampBounds(saved: WindowBounds, workAreas: readonly Rect[]): WindowBounds {
  const primary = workAreas[0]
  if (!primary) return saved
  const fit = (area: Rect) => ({
    width: Math.min(Math.round(saved.width), area.width),
    height: Math.min(Math.round(saved.height), area.height),
  })
  if (saved.x === undefined || saved.y === undefined) return { ...fit(primary), maximized: saved.maximized }
  const rect = { x: saved.x, y: saved.y, width: saved.width, height: saved.height }
  let best: { area: Rect; size: number } | null = null
  for (const area of workAreas) {
    const o = overlap(rect, area)
    if (o.width < Math.min(MIN_VISIBLE.width, rect.width) || o.height < Math.min(MIN_VISIBLE.height, rect.height)) continue
    if (!best || o.width * o.height > best.size) best = { area, size: o.width * o.height }
  }
  if (!best) return { ...fit(primary), maximized: saved.maximized }
  const { area } = best
  const size = fit(area)
  return {
    x: Math.round(Math.min(Math.max(saved.x, area.x), area.x + area.width - size.width)),
    y: Math.round(Math.min(Math.max(saved.y, area.y), area.y + area.height - size.height)),
    ...size,
    maximized: saved.maximized,
  }
}
