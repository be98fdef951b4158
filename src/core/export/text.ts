// Text handling for drawn exports: article text is hostile, so everything that reaches an image goes
// through `cleanText` (no control or bidi-override characters) and `escapeXml`.
import { DEJAVU_SANS, DEJAVU_SANS_BOLD, type WidthTable } from './fonts/dejavu-widths'

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
function advance(codePoint: number, bold: boolean): number {
  const known = lookup(bold ? DEJAVU_SANS_BOLD : DEJAVU_SANS, codePoint)
  if (known > 0) return known
  return isWide(codePoint) ? 1000 : 800
}

/** Width in pixels of `text` drawn in DejaVu Sans (the font the PNG is rendered with). */
export function measureText(text: string, font: FontSpec): number {
  let total = 0
  for (const char of text) total += advance(char.codePointAt(0) ?? 0, font.bold ?? false)
  return (total * font.size) / 1000
}

/** Whether every character of `text` has a glyph in the bundled-metrics font. */
export function coveredByMetrics(text: string): boolean {
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0
    if (lookup(DEJAVU_SANS, cp) === 0) return false
  }
  return true
}

/** `text` cut to fit `maxWidth` pixels, ending in an ellipsis when cut (at a word boundary when one is near). */
export function truncate(text: string, maxWidth: number, font: FontSpec): string {
  if (measureText(text, font) <= maxWidth) return text
  const ellipsis = '…'
  const budget = maxWidth - measureText(ellipsis, font)
  if (budget <= 0) return ''
  const chars = Array.from(text)
  let width = 0
  let fit = 0
  for (; fit < chars.length; fit++) {
    const w = (advance(chars[fit].codePointAt(0) ?? 0, font.bold ?? false) * font.size) / 1000
    if (width + w > budget) break
    width += w
  }
  let cut = chars.slice(0, fit).join('')
  const space = cut.lastIndexOf(' ')
  if (space > cut.length * 0.6) cut = cut.slice(0, space)
  return cut.replace(/[\s,;:.\-–—]+$/u, '') + ellipsis
}
