// SVG to PNG with resvg, in the font the layout measured its labels with, loaded from known files
// rather than the whole system, so the PNG matches the layout and is the same on every machine.
import { existsSync } from 'node:fs'
import { renderAsync, Resvg, type ResvgRenderOptions } from '@resvg/resvg-js'
import { coveredByMetrics, FONTS, type FontName } from './text'

export const DEFAULT_PNG_WIDTH = 2400

export interface RenderFont {
  /** Whose metrics the SVG must be laid out with. */
  metrics: FontName
  family: string
  /** Regular and bold font files. */
  files: string[]
}

/** Candidates, best first. Arial has Liberation Sans's metrics (that is Liberation's purpose). */
const CANDIDATES: RenderFont[] = [
  { metrics: 'liberation', family: 'Liberation Sans', files: ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'] },
  { metrics: 'liberation', family: 'Liberation Sans', files: ['/usr/share/fonts/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/liberation/LiberationSans-Bold.ttf'] },
  { metrics: 'liberation', family: 'Liberation Sans', files: ['/usr/share/fonts/TTF/LiberationSans-Regular.ttf', '/usr/share/fonts/TTF/LiberationSans-Bold.ttf'] },
  { metrics: 'liberation', family: 'Arial', files: ['C:\\Windows\\Fonts\\arial.ttf', 'C:\\Windows\\Fonts\\arialbd.ttf'] },
  { metrics: 'liberation', family: 'Arial', files: ['/System/Library/Fonts/Supplemental/Arial.ttf', '/System/Library/Fonts/Supplemental/Arial Bold.ttf'] },
  { metrics: 'liberation', family: 'Arial', files: ['/Library/Fonts/Arial.ttf', '/Library/Fonts/Arial Bold.ttf'] },
  { metrics: 'dejavu', family: 'DejaVu Sans', files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'] },
  { metrics: 'dejavu', family: 'DejaVu Sans', files: ['/usr/share/fonts/TTF/DejaVuSans.ttf', '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf'] },
]

let found: RenderFont | null | undefined

/** The font PNGs are drawn with on this machine; null when none of the known files exists. */
export function renderFont(): RenderFont | null {
  if (found === undefined) found = CANDIDATES.find((font) => font.files.every((file) => existsSync(file))) ?? null
  return found
}

export interface PngOptions {
  /** Font to draw with (e.g. files shipped with the app); `renderFont()` when absent. */
  font?: RenderFont | null
}

/** Text characters of the drawing: the part of the SVG between tags. */
function drawnText(svg: string): string {
  return svg.replace(/<[^>]*>/g, '')
}

export function fontOptions(svg: string, font: RenderFont | null = renderFont()): NonNullable<ResvgRenderOptions['font']> {
  if (!font) return { loadSystemFonts: true }
  // resvg re-reads a font file for every glyph it draws (its fontdb has no memory map here), so loading
  // every system font is both slow and machine-dependent: only when some label needs glyphs ours lacks.
  return {
    loadSystemFonts: !coveredByMetrics(drawnText(svg), FONTS[font.metrics]),
    fontFiles: font.files,
    defaultFontFamily: font.family,
    sansSerifFamily: font.family,
  }
}

/** Past this many pixels (about 2400 x 62,500) resvg's buffer and the PNG encoder need gigabytes. */
export const MAX_PNG_PIXELS = 150_000_000

function renderOptions(svg: string, width: number, options: PngOptions): ResvgRenderOptions {
  if (!Number.isFinite(width) || width < 1) throw new Error(`PNG width must be a positive number, got ${width}`)
  const size = /^<svg\b[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg)
  if (size) {
    const pixels = width * ((Number(size[2]) * width) / Number(size[1]))
    if (pixels > MAX_PNG_PIXELS) {
      throw new Error(`the timeline is too tall for a PNG ${Math.round(width)} px wide (${Math.round(pixels / 1e6)} million pixels): filter it to fewer items or export SVG`)
    }
  }
  return {
    fitTo: { mode: 'width', value: Math.round(width) },
    font: fontOptions(svg, options.font === undefined ? renderFont() : options.font),
    background: '#ffffff',
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  }
}

export function renderPng(svg: string, width: number = DEFAULT_PNG_WIDTH, options: PngOptions = {}): Uint8Array {
  return new Uint8Array(new Resvg(svg, renderOptions(svg, width, options)).render().asPng())
}

/** renderPng with the parsing and drawing on a worker thread, for the main process (only the PNG
 *  encoding runs on the calling thread). */
export async function renderPngAsync(svg: string, width: number = DEFAULT_PNG_WIDTH, options: PngOptions = {}): Promise<Uint8Array> {
  const image = await renderAsync(svg, renderOptions(svg, width, options))
  return new Uint8Array(image.asPng())
}
