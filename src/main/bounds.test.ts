import { describe, expect, it } from 'vitest'
import type { WindowBounds } from '../shared/settings'
import { clampBounds, type Rect } from './bounds'

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 870 }
const rightMonitor: Rect = { x: 1440, y: 0, width: 2560, height: 1410 }
const leftMonitor: Rect = { x: -1920, y: 0, width: 1920, height: 1050 }

const w = (x: number | undefined, y: number | undefined, width: number, height: number): WindowBounds => ({
  x,
  y,
  width,
  height,
  maximized: false,
})

describe('clampBounds', () => {
  const cases: [string, WindowBounds, Rect[], WindowBounds][] = [
    ['inside the primary display: unchanged', w(100, 80, 1000, 700), [laptop], w(100, 80, 1000, 700)],
    ['on a second display: unchanged', w(2000, 100, 1280, 820), [laptop, rightMonitor], w(2000, 100, 1280, 820)],
    ['second display unplugged: centred on the primary', w(2000, 100, 1280, 820), [laptop], w(undefined, undefined, 1280, 820)],
    ['too big for the display it is on: shrunk', w(0, 0, 3000, 2000), [laptop], w(0, 0, 1440, 870)],
    ['hanging off the right edge: moved in', w(1300, 100, 800, 600), [laptop], w(640, 100, 800, 600)],
    ['mostly on the left monitor: kept there', w(-1500, 200, 1280, 820), [laptop, leftMonitor], w(-1500, 200, 1280, 820)],
    ['a sliver on screen is not enough', w(1420, 860, 800, 600), [laptop], w(undefined, undefined, 800, 600)],
    ['no position saved: primary size cap', w(undefined, undefined, 2000, 820), [laptop], w(undefined, undefined, 1440, 820)],
    ['spanning two displays: goes to the larger share', w(1000, 0, 1280, 820), [laptop, rightMonitor], w(1440, 0, 1280, 820)],
    ['no displays reported: unchanged', w(5, 5, 800, 600), [], w(5, 5, 800, 600)],
  ]
  it.each(cases)('%s', (_name, saved, displays, expected) => {
    expect(clampBounds(saved, displays)).toEqual(expected)
  })

  it('keeps the maximized flag', () => {
    expect(clampBounds({ ...w(5000, 5000, 800, 600), maximized: true }, [laptop]).maximized).toBe(true)
  })
})
