// SVG to PNG with resvg. The layout measures labels with DejaVu Sans metrics, so rendering with that
// font makes the PNG match the layout and come out byte-identical on every machine that has it.
import { existsSync } from 'node:fs'
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js'
import { coveredByMetrics } from './text'

export const DEFAULT_PNG_WIDTH = 2400

const FONT_DIRS = [
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/TTF',
  '/usr/share/fonts/dejavu',
  '/usr/local/share/fonts',
  '/Library/Fonts',
  'C:\\Windows\\Fonts',
]

export interface PngOptions {
  /** Font files to draw with, e.g. fonts shipped with the app; found on the system when absent. */
  fontFiles?: string[]
}

function dejavuFiles(): string[] | null {
  for (const dir of FONT_DIRS) {
    const sep = dir.includes('\\') ? '\\' : '/'
    const files = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) => `${dir}${sep}${name}`)
    if (files.every((file) => existsSync(file))) return files
  }
  return null
}

/** Text characters of the drawing: the part of the SVG between tags. */
function drawnText(svg: string): string {
  return svg.replace(/<[^>]*>/g, '')
}

export function fontOptions(svg: string, options: PngOptions = {}): NonNullable<ResvgRenderOptions['font']> {
  const files = options.fontFiles ?? dejavuFiles()
  if (!files) return { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }
  // System fonts only when some label needs glyphs DejaVu lacks (CJK, say): loading them costs time and determinism.
  return { loadSystemFonts: !coveredByMetrics(drawnText(svg)), fontFiles: files, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }
}

export function renderPng(svg: string, width: number = DEFAULT_PNG_WIDTH, options: PngOptions = {}): Uint8Array {
  if (!Number.isFinite(width) || width < 1) throw new Error(`PNG width must be a positive number, got ${width}`)
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width) },
    font: fontOptions(svg, options),
    background: '#ffffff',
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  })
  return new Uint8Array(resvg.render().asPng())
}
