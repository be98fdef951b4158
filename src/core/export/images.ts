// The CLI's --svg/--png/--pdf: writes the timeline drawn as a vector SVG, a PNG and/or a vector PDF.
import { writeFile } from 'node:fs/promises'
import type { Timeline } from '../../shared/model'
import { DEFAULT_WIDTH, type DrawOptions } from './layout'
import { renderPdf } from './pdf'
import { DEFAULT_PNG_WIDTH, renderFont, renderPngAsync } from './png'
import { renderTimelineSvg } from './svg'

export interface ImageTargets {
  svg?: string
  png?: string
  pdf?: string
  width?: number
}

/** Drawing width for an image `pixels` wide: the layout keeps a readable label size, and the
 *  PNG is scaled from it, so a small export is a reduced slide rather than a crowded one. */
export function drawingWidth(pixels: number | undefined): number {
  if (pixels === undefined || !Number.isFinite(pixels)) return DEFAULT_WIDTH
  return Math.round(Math.min(Math.max(pixels, 1600), 3600))
}

export async function writeTimelineImages(timeline: Timeline, targets: ImageTargets, options: DrawOptions = {}): Promise<void> {
  if (targets.width !== undefined && !(Number.isFinite(targets.width) && targets.width >= 1)) {
    throw new Error(`--width must be a positive number of pixels, got ${targets.width}`)
  }
  const font = renderFont()
  // One drawing for every file, laid out in the PNG's font: the SVG and PDF then show exactly what the PNG shows.
  const svg = renderTimelineSvg(timeline, { font: font?.metrics, ...options, width: drawingWidth(targets.width) })
  if (targets.svg) await writeFile(targets.svg, svg, 'utf8')
  if (targets.png) await writeFile(targets.png, await renderPngAsync(svg, targets.width ?? DEFAULT_PNG_WIDTH, { font }))
  if (targets.pdf) await writeFile(targets.pdf, await renderPdf(svg, { font }))
}
