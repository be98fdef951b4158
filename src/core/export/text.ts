// Text handling for drawn exports: article text is hostile, so everything that reaches an image goes
// through `cleanText` (no control or bidi-override characters) and `escapeXml`.
import { DEJAVU_SANS, LIBERATION_SANS, type FontWidths, type WidthTable } from './fonts/widths'

/** C0/C1 controls, XML-invalid noncharacters, and the bidi embedding/override/isolate controls,
 *  which could visually reorder a label (the "Trojan Source" trick) without changing its text. */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C\uFFFE\uFFFF]/g
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** One line of displayable text: unsafe characters removed, whitespace collapsed. */
export function cleanText(text: string | null | undefined): string {
  if (!text) return ''
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(UNSAFE, '').replace(/\s+/g, ' ').trim()
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ENTITIES[c])
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

export interface FontSpec {
  size: number
  bold?: boolean
}

export type FontName = 'liberation' | 'dejavu'

export interface FontFace {
  name: FontName
  /** The CSS font-family list written into the SVG, the measured font first. */
  family: string
  widths: FontWidths
}

/** Liberation Sans has Arial's metrics, so the SVG keeps its layout in viewers that substitute Arial
 *  or Helvetica; DejaVu Sans is the fallback where only it is installed. */
export const FONTS: Record<FontName, FontFace> = {
  liberation: { name: 'liberation', family: "'Liberation Sans', Arial, Helvetica, sans-serif", widths: LIBERATION_SANS },
  dejavu: { name: 'dejavu', family: "'DejaVu Sans', Verdana, sans-serif", widths: DEJAVU_SANS },
}

export const DEFAULT_FONT: FontFace = FONTS.liberation

function lookup(table: WidthTable, codePoint: number): number {
  for (const [start, widths] of table) {
    const index = codePoint - start
    if (index >= 0 && index < widths.length) return widths[index]
  }
  return 0
}

function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    codePoint >= 0x1f300
  )
}

/** Advance width in 1/1000 em. Characters outside the table are over-estimated on purpose:
 *  a label measured too wide only costs space, one measured too narrow overlaps its neighbour. */
function advance(codePoint: number, bold: boolean, face: FontFace): number {
  const known = lookup(bold ? face.widths.bold : face.widths.regular, codePoint)
  if (known > 0) return known
  return isWide(codePoint) ? 1000 : 800
}

/** Width in pixels of `text` drawn in `face`. */
export function measureText(text: string, font: FontSpec, face: FontFace = DEFAULT_FONT): number {
  let total = 0
  for (const char of text) total += advance(char.codePointAt(0) ?? 0, font.bold ?? false, face)
  return (total * font.size) / 1000
}

/** Whether every character of `text` has a glyph in `face` (else the renderer needs fallback fonts). */
export function coveredByMetrics(text: string, face: FontFace = DEFAULT_FONT): boolean {
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0
    if (cp > 0x20 && lookup(face.widths.regular, cp) === 0) return false
  }
  return true
}

/** `text` cut to fit `maxWidth` pixels, ending in an ellipsis when cut (at a word boundary when one is near). */
export function truncate(text: string, maxWidth: number, font: FontSpec, face: FontFace = DEFAULT_FONT): string {
  if (measureText(text, font, face) <= maxWidth) return text
  const ellipsis = '…'
  const budget = maxWidth - measureText(ellipsis, font, face)
  if (budget <= 0) return ''
  const chars = Array.from(text)
  let width = 0
  let fit = 0
  for (; fit < chars.length; fit++) {
    const w = (advance(chars[fit].codePointAt(0) ?? 0, font.bold ?? false, face) * font.size) / 1000
    if (width + w > budget) break
    width += w
  }
  let cut = chars.slice(0, fit).join('')
  const space = cut.lastIndexOf(' ')
  if (space > cut.length * 0.6) cut = cut.slice(0, space)
  return cut.replace(/[\s,;:.\-–—]+$/u, '') + ellipsis
}
