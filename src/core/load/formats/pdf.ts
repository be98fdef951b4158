// A PDF a reader saved an article as: a browser's "Save as PDF" (its header and footer: the print's date, the page's
// title, its address, "1/3"), a word processor's export, a press release, a press database's copy, a brief in two
// columns. Its pages' text is laid out again as lines (each piece of text placed where the page draws it) and the lines
// as paragraphs (a line's gap, indent or size shows where one ends; a word broken at a line's end is joined again), then
// read as a text is. Running heads, page numbers and what a tagged PDF marks as page furniture are furniture. The
// document's dates are the file's (when it was printed or exported), so only a bound on the article's day, and its
// title, which a browser takes from the page ("Headline | Outlet"), gives the outlet.
import type { IsoDate } from '../../../shared/model'
import type { SourceLine } from '../clean'
import { findDate } from '../dateline'
import { siteFromTitle, titleWithoutSite } from './html'
import { isoFromValue } from './md'
import { readFont, type PdfFont } from './pdffonts'
import { PdfError, PdfFile, PdfLexer, PdfName, PdfStream, pdfText, type PdfDict, type PdfValue } from './pdfobjects'
import { parseTxt } from './txt'
import type { ParseResult } from './types'

const MAX_PAGES = 500
const MAX_OPERATIONS = 5_000_000
const MAX_FORM_DEPTH = 8

type Matrix = [number, number, number, number, number, number]

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

function multiply(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]]
}

/** A piece of text as the page draws it: where it starts and ends on the baseline, in points. */
interface Run {
  text: string
  x: number
  end: number
  y: number
  size: number
  artifact: boolean
}

interface Line {
  text: string
  x0: number
  x1: number
  y: number
  size: number
  page: number
  furniture: boolean
}

export function isPdf(bytes: Uint8Array): boolean {
  // A header may follow some junk (a mail gateway's line), within the first kilobyte.
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1').includes('%PDF-')
}

export function parsePdf(file: string, bytes: Uint8Array): ParseResult {
  if (!isPdf(bytes)) return { error: 'not a PDF document (no %PDF header: a misnamed file)' }
  try {
    const pdf = new PdfFile(bytes)
    if (pdf.locked) return { error: 'an encrypted PDF (its text cannot be read without its password)' }
    const pages = pageList(pdf)
    if (!pages.length) return { error: 'a damaged PDF (no pages found)' }
    const drawn = pages.map((page) => pageRuns(pdf, page))
    const lines = drawn.flatMap(({ runs }, n) => linesOf(runs, n))
    markRunningHeads(lines, pages.length)
    if (!lines.some((line) => !line.furniture && /\p{L}{2}/u.test(line.text))) {
      // Glyphs drawn in fonts that do not say which letters they are (no ToUnicode map, a private encoding) are not a scan.
      const unknown = drawn.reduce((sum, page) => sum + page.unknownGlyphs, 0)
      return { error: unknown > 0 ? 'a PDF whose fonts do not say which letters they draw (its text cannot be read)' : 'a PDF without text (its pages are pictures: a scan)' }
    }
    return { articles: [pdfArticle(file, pdf, paragraphs(lines), headDate(lines))] }
  } catch (error) {
    if (error instanceof PdfError) return { error: `a PDF that cannot be read: ${error.message}` }
    throw error
  }
}

/**
 * The day a running head gives the document ("Chamber Research Service · Foreign Affairs Brief 11/09 · 14 April 2011"), which
 * its text need not repeat; not a browser's print stamp, whose day is the printing's.
 */
function headDate(lines: readonly Line[]): IsoDate | null {
  for (const line of lines) {
    if (!line.furniture || isPageMark(line.text)) continue
    const found = /\b(?:19|20)\d\d\b/.test(line.text) ? findDate(line.text) : null
    if (found) return found.date
  }
  return null
}

function pdfArticle(file: string, pdf: PdfFile, paragraphs: { text: string; furniture: boolean }[], headDay: IsoDate | null): ReturnType<typeof parseTxt> {
  const article = parseTxt(file, paragraphs.map((p) => p.text).join('\n'))
  const furniture = new Set(paragraphs.filter((p) => p.furniture).map((p) => p.text))
  const body = new Set(paragraphs.filter((p) => !p.furniture).map((p) => p.text))
  // A text's lines are the paragraphs, one for one, unless its reading took a header apart.
  const isFurniture = (line: SourceLine, i: number): boolean =>
    article.lines.length === paragraphs.length ? paragraphs[i].furniture : furniture.has(line.text) && !body.has(line.text)
  const lines: SourceLine[] = article.lines.map((line, i) => (isFurniture(line, i) && !line.kind ? { text: line.text, kind: 'furniture', rule: 'page header' } : line))
  const info = pdf.dict(pdf.trailer.get('Info'))
  const title = stringOf(pdf.get(info, 'Title'))
  const named = title && !/\.(?:docx?|odt|pdf|indd|rtf|html?)$|^(?:untitled|microsoft word\b)/i.test(title) ? title : null
  const outlet = named ? siteFromTitle(named) : null
  // The document's title is the article's when a browser took it from the page ("Headline | Outlet"); a word processor's, a
  // press office's ("Press Release") or an archive's (its own name) is not, and the text's headline is found later.
  const producer = `${stringOf(pdf.get(info, 'Creator')) ?? ''} ${stringOf(pdf.get(info, 'Producer')) ?? ''}`
  const usable = named && (outlet || BROWSER.test(producer)) ? named : null
  const url = [...furniture].find((text) => /^https?:\/\/\S+$/.test(text)) ?? null
  const created = stringOf(pdf.get(info, 'CreationDate')) ?? stringOf(pdf.get(info, 'ModDate'))
  return {
    ...article,
    lines,
    title: (usable && titleWithoutSite(usable, outlet)) ?? article.title,
    outlet: article.outlet ?? outlet,
    url: article.url ?? url,
    published: article.published ?? headDay,
    updated: created ? pdfDay(created) : null,
  }
}

const BROWSER = /\b(?:Chrome|Chromium|Firefox|Mozilla|Safari|WebKit|Skia)\b/i

/** "D:20240312101500+01'00'" */
function pdfDay(value: string): string | null {
  const m = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value.trim())
  return m ? isoFromValue(`${m[1]}-${m[2]}-${m[3]}`) : null
}

function stringOf(value: PdfValue | undefined): string | null {
  return value instanceof Uint8Array ? pdfText(value).trim() || null : null
}

/** The pages in order, each with the resources it inherits from the tree above it. */
function pageList(pdf: PdfFile): PdfDict[] {
  const root = pdf.dict(pdf.trailer.get('Root'))
  const pages: PdfDict[] = []
  const seen = new Set<PdfDict>()
  const visit = (value: PdfValue | undefined, resources: PdfValue | undefined, depth: number): void => {
    const node = pdf.dict(value)
    if (!node || seen.has(node) || depth > 32 || pages.length >= MAX_PAGES) return
    seen.add(node)
    const own = node.get('Resources') ?? resources
    const kids = pdf.get(node, 'Kids')
    if (Array.isArray(kids)) for (const kid of kids) visit(kid, own, depth + 1)
    else if (node.has('Contents')) pages.push(new Map([...node, ['Resources', own ?? new Map()]]))
  }
  visit(pdf.get(root, 'Pages'), undefined, 0)
  return pages
}

interface TextState {
  font: PdfFont | null
  size: number
  charSpacing: number
  wordSpacing: number
  scale: number
  leading: number
  rise: number
}

/** The text a page draws, in the order it draws it, and how many glyphs it drew whose letters its fonts do not tell. */
function pageRuns(pdf: PdfFile, page: PdfDict): { runs: Run[]; unknownGlyphs: number } {
  const runs: Run[] = []
  let unknownGlyphs = 0
  const fonts = new Map<PdfDict, PdfFont>()
  let operations = 0

  const run = (data: Uint8Array, resources: PdfDict | undefined, ctmStart: Matrix, depth: number, forms: Set<PdfStream>): void => {
    let ctm = ctmStart
    let text: TextState = { font: null, size: 0, charSpacing: 0, wordSpacing: 0, scale: 1, leading: 0, rise: 0 }
    let tm: Matrix = IDENTITY
    let tlm: Matrix = IDENTITY
    const saved: { ctm: Matrix; text: TextState }[] = []
    // Marked content: a tagged PDF's furniture (/Artifact), and text standing for what is drawn (/ActualText: a
    // browser draws a soft hyphen as a space and says it is one).
    const marks: { artifact: boolean; actual: string | null }[] = []
    const operands: (PdfValue | string)[] = []
    const lexer = new PdfLexer(data)

    const moveLine = (tx: number, ty: number): void => {
      tlm = multiply([1, 0, 0, 1, tx, ty], tlm)
      tm = tlm
    }
    const show = (parts: PdfValue[]): void => {
      if (!text.font) return
      const trm = (): Matrix => multiply(multiply([text.size * text.scale, 0, 0, text.size, 0, text.rise], tm), ctm)
      const start = trm()
      let out = ''
      for (const part of parts) {
        if (typeof part === 'number') {
          if (part < -180 && out && !out.endsWith(' ')) out += ' '
          tm = multiply([1, 0, 0, 1, (-part / 1000) * text.size * text.scale, 0], tm)
          continue
        }
        if (!(part instanceof Uint8Array)) continue
        for (const glyph of text.font.glyphs(part)) {
          out += glyph.text
          if (!glyph.text) unknownGlyphs++
          const advance = ((glyph.width / 1000) * text.size + text.charSpacing + (glyph.space ? text.wordSpacing : 0)) * text.scale
          tm = multiply([1, 0, 0, 1, advance, 0], tm)
        }
      }
      const replaced = marks.findLast((mark) => mark.actual !== null)
      if (replaced) {
        out = replaced.actual!
        replaced.actual = ''
      }
      const end = trm()
      const size = Math.hypot(start[2], start[3])
      // Text set at an angle (a watermark, a margin's note) is no part of the page's lines.
      if (!out || size < 0.5 || Math.abs(start[1]) > 0.1 * Math.abs(start[0]) || start[0] <= 0) return
      if (runs.length < 200_000) runs.push({ text: out, x: start[4], end: end[4], y: start[5], size, artifact: marks.some((mark) => mark.artifact) })
    }
    const fontFor = (name: PdfValue | string | undefined): PdfFont | null => {
      if (!(name instanceof PdfName)) return null
      const dict = pdf.dict(pdf.get(pdf.dict(pdf.get(resources, 'Font')), name.name))
      if (!dict) return null
      if (!fonts.has(dict)) fonts.set(dict, readFont(pdf, dict))
      return fonts.get(dict)!
    }

    for (;;) {
      const token = lexer.next()
      if (token === undefined) break
      if (typeof token !== 'string') {
        if (operands.length < 64) operands.push(token)
        continue
      }
      if (++operations > MAX_OPERATIONS) throw new PdfError('pages that draw too much to read')
      const num = (i: number): number => {
        const v = operands[operands.length - i]
        return typeof v === 'number' ? v : 0
      }
      switch (token) {
        case 'q':
          if (saved.length < 256) saved.push({ ctm, text: { ...text } })
          break
        case 'Q': {
          const state = saved.pop()
          if (state) ({ ctm, text } = state)
          break
        }
        case 'cm':
          ctm = multiply([num(6), num(5), num(4), num(3), num(2), num(1)], ctm)
          break
        case 'BT':
          tm = tlm = IDENTITY
          break
        case 'Tf':
          text.font = fontFor(operands[operands.length - 2])
          text.size = num(1)
          break
        case 'Tc':
          text.charSpacing = num(1)
          break
        case 'Tw':
          text.wordSpacing = num(1)
          break
        case 'Tz':
          text.scale = num(1) / 100
          break
        case 'TL':
          text.leading = num(1)
          break
        case 'Ts':
          text.rise = num(1)
          break
        case 'Td':
          moveLine(num(2), num(1))
          break
        case 'TD':
          text.leading = -num(1)
          moveLine(num(2), num(1))
          break
        case 'Tm':
          tm = tlm = [num(6), num(5), num(4), num(3), num(2), num(1)]
          break
        case 'T*':
          moveLine(0, -text.leading)
          break
        case 'Tj':
          show(operands.slice(-1) as PdfValue[])
          break
        case "'":
          moveLine(0, -text.leading)
          show(operands.slice(-1) as PdfValue[])
          break
        case '"':
          text.wordSpacing = num(3)
          text.charSpacing = num(2)
          moveLine(0, -text.leading)
          show(operands.slice(-1) as PdfValue[])
          break
        case 'TJ': {
          const parts = operands[operands.length - 1]
          if (Array.isArray(parts)) show(parts)
          break
        }
        case 'BDC':
        case 'BMC': {
          const tag = operands[0]
          const properties = operands[1] instanceof PdfName ? pdf.dict(pdf.get(pdf.dict(pdf.get(resources, 'Properties')), operands[1].name)) : pdf.dict(operands[1] as PdfValue)
          const actual = pdf.get(properties, 'ActualText')
          marks.push({ artifact: tag instanceof PdfName && tag.name === 'Artifact', actual: actual instanceof Uint8Array ? pdfText(actual) : null })
          break
        }
        case 'EMC':
          marks.pop()
          break
        case 'BI':
          skipInlineImage(lexer)
          break
        case 'Do': {
          const name = operands[operands.length - 1]
          if (!(name instanceof PdfName) || depth >= MAX_FORM_DEPTH) break
          const form = pdf.resolve(pdf.get(pdf.dict(pdf.get(resources, 'XObject')), name.name))
          if (!(form instanceof PdfStream) || forms.has(form) || (pdf.get(form.dict, 'Subtype') as PdfName | undefined)?.name !== 'Form') break
          const content = pdf.decode(form)
          const matrix = pdf.get(form.dict, 'Matrix')
          const m = Array.isArray(matrix) && matrix.length === 6 && matrix.every((v) => typeof v === 'number') ? (matrix as Matrix) : IDENTITY
          if (content) run(content, pdf.dict(form.dict.get('Resources')) ?? resources, multiply(m, ctm), depth + 1, new Set([...forms, form]))
          break
        }
      }
      operands.length = 0
    }
  }

  const contents = pdf.resolve(page.get('Contents'))
  const streams = (Array.isArray(contents) ? contents.map((c) => pdf.resolve(c)) : [contents]).filter((c): c is PdfStream => c instanceof PdfStream)
  // A page's content may be split anywhere between its streams: they are read as one.
  const parts = streams.map((s) => pdf.decode(s)).filter((d): d is Uint8Array => d !== null)
  const joined = Buffer.concat(parts.flatMap((p) => [p, Buffer.from('\n')]))
  run(joined, pdf.dict(page.get('Resources')), IDENTITY, 0, new Set())
  return { runs, unknownGlyphs }
}

/** An inline image's data runs from ID to EI; its bytes are not PDF syntax. */
function skipInlineImage(lexer: PdfLexer): void {
  for (let token = lexer.next(); token !== undefined && token !== 'ID'; token = lexer.next());
  const b = lexer.bytes
  let at = lexer.pos + 1
  while (at + 2 < b.length && !(b[at] === 0x45 && b[at + 1] === 0x49 && (b[at - 1] <= 0x20) && (b[at + 2] <= 0x20))) at++
  lexer.pos = Math.min(b.length, at + 2)
}

/** Runs on one baseline make a line; a gap of two sizes or more (between a header's left and right parts, two columns, cards of links side by side) parts it. */
function linesOf(runs: Run[], page: number): Line[] {
  const lines: Line[] = []
  let current: Line | null = null
  for (const run of runs) {
    const size = Math.max(run.size, current?.size ?? 0)
    // A label and its value in a table's two cells ("Publication:" ... "Oceania Wire Service") stay one line.
    const gapJoins = (gap: number): boolean => gap < 2 * size || (/:\s*$/.test(current!.text) && gap < 30 * size)
    const sameLine = current && Math.abs(run.y - current.y) < 0.5 * size && run.x > current.x1 - 0.5 * size && gapJoins(run.x - current.x1)
    if (current && sameLine) {
      // A drop cap ("G" three lines tall, then "ENEVA —") begins the line's first word, in the line's size.
      const dropCap = /^\p{Lu}$/u.test(current.text) && current.size > 1.5 * run.size
      if (!dropCap && run.x - current.x1 > 0.15 * size && !/\s$/.test(current.text) && !/^\s/.test(run.text)) current.text += ' '
      current.text += run.text
      current.x1 = Math.max(current.x1, run.end)
      // A superscript's smaller size is not the line's.
      if (dropCap) current.size = run.size
      else if (run.text.trim().length > 2) current.size = Math.max(current.size, run.size)
      current.furniture &&= run.artifact
      continue
    }
    current = { text: run.text, x0: run.x, x1: run.end, y: run.y, size: run.size, page, furniture: run.artifact }
    lines.push(current)
  }
  return lines
    .map((line) => ({ ...line, text: cleanText(line.text) }))
    .filter((line) => line.text)
}

function cleanText(text: string): string {
  return text
    .replace(/[\ufb00-\ufb06]/g, (c) => c.normalize('NFKC'))
    .replace(/[\u00a0\u2000-\u200a\u202f]/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u200b\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

const PAGE_COUNTER = /^(?:(?:page|p\.|seite|página|pagina)\s*)?\d{1,4}(?:\s*(?:\/|of|de|von|sur|di)\s*\d{1,4})?$/i
const PRINT_STAMP = /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?$/i
const LONE_ADDRESS = /^(?:https?|file):\/\/\S+$/

/** A browser's page counter, print stamp or bare address: furniture wherever it stands, and no day of the document's. */
function isPageMark(text: string): boolean {
  return PAGE_COUNTER.test(text) || PRINT_STAMP.test(text) || LONE_ADDRESS.test(text)
}

/** What recurs at the same place on several pages (running heads, page numbers, a document number) is furniture, and
 * so are a browser's print stamp, page counter and address wherever they are. */
function markRunningHeads(lines: Line[], pageCount: number): void {
  const key = (line: Line): string => `${Math.round(line.y / 4)}|${line.text.replace(/\d+/g, '#').toLowerCase()}`
  const pagesOf = new Map<string, Set<number>>()
  for (const line of lines) {
    const k = key(line)
    if (!pagesOf.has(k)) pagesOf.set(k, new Set())
    pagesOf.get(k)!.add(line.page)
  }
  for (const line of lines) {
    const repeats = (pagesOf.get(key(line))?.size ?? 0) >= Math.max(2, Math.ceil(pageCount / 2))
    if (repeats || isPageMark(line.text)) line.furniture = true
  }
}

const ENDS_SENTENCE = /[.!?:;"”’»)…]$/
const BULLET = /^[•◦▪‣●○■□]\s/
const BROKEN_WORD = /\p{L}[-\u2010]$/u

/** Lines joined into paragraphs; furniture lines stay lines of their own. */
function paragraphs(lines: Line[]): { text: string; furniture: boolean }[] {
  const out: { text: string; furniture: boolean }[] = []
  const layout = new Layout(lines.filter((line) => !line.furniture))
  let paragraph: { text: string; first: Line; last: Line; right: number } | null = null
  const flush = (): void => {
    if (!paragraph) return
    const text = paragraph.text.replace(/\u00ad/g, '')
    // A pull quote: words of the text set apart in a larger size, in quotation marks and with no one named.
    const pullQuote = PULL_QUOTE.test(text) && paragraph.first.size > 1.15 * layout.bodySize
    out.push({ text, furniture: pullQuote })
    paragraph = null
  }
  let dropCap = ''
  for (const [i, found] of lines.entries()) {
    if (found.furniture) {
      out.push({ text: found.text, furniture: true })
      continue
    }
    // A drop cap set beside the paragraph's first lines begins its first word.
    if (/^\p{Lu}$/u.test(found.text) && found.size > 1.5 * (nextBody(lines, i)?.size ?? Infinity)) {
      dropCap = found.text
      continue
    }
    const line = dropCap ? { ...found, text: dropCap + found.text } : found
    if (dropCap) flush()
    dropCap = ''
    if (paragraph && continues(paragraph.last, line, layout, paragraph.right)) {
      const prev: string = paragraph.text
      paragraph.text = joinLines(prev, line.text)
      paragraph.last = line
      paragraph.right = Math.max(paragraph.right, line.x1)
      continue
    }
    flush()
    paragraph = { text: line.text, first: line, last: line, right: line.x1 }
  }
  flush()
  return out
}

const PULL_QUOTE = /^[“"‘][^“”"]{20,300}[”"’]$/

/** What the document's body lines share: their size, their leading per size, and how far a column's lines reach. */
class Layout {
  readonly bodySize: number
  private readonly leading = new Map<number, number>()
  private readonly rights = new Map<string, number>()
  private readonly fallback: number

  constructor(lines: Line[]) {
    const chars = new Map<number, number>()
    const ratios = new Map<number, number[]>()
    const ends = new Map<string, number[]>()
    for (const [i, line] of lines.entries()) {
      const size = sizeKey(line.size)
      chars.set(size, (chars.get(size) ?? 0) + line.text.length)
      const key = this.key(line)
      if (!ends.has(key)) ends.set(key, [])
      ends.get(key)!.push(line.x1)
      const before = lines[i - 1]
      const dy = before ? before.y - line.y : 0
      if (before && before.page === line.page && sizeKey(before.size) === size && dy > 0.8 * line.size && dy < 3 * line.size) {
        if (!ratios.has(size)) ratios.set(size, [])
        ratios.get(size)!.push(dy / line.size)
      }
    }
    this.bodySize = [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10
    const all = [...ratios.values()].flat()
    const fallback = smallestRecurring(all) ?? 1.25
    for (const [size, list] of ratios) this.leading.set(size, smallestRecurring(list) ?? fallback)
    this.fallback = fallback
    for (const [key, list] of ends) this.rights.set(key, list.sort((a, b) => a - b)[Math.floor(list.length / 2)])
  }

  /** The usual distance between one line's baseline and the next's within a paragraph, as a multiple of the size. */
  leadingOf(line: Line): number {
    return this.leading.get(sizeKey(line.size)) ?? this.fallback
  }

  /** Where the lines that start where this one starts usually end: its column's right edge. */
  rightOf(line: Line): number {
    return this.rights.get(this.key(line)) ?? line.x1
  }

  // By where lines start, whatever their size: a heading set larger reaches no further than the text under it.
  private key(line: Line): string {
    return `${Math.round(line.x0 / 8)}`
  }
}

function sizeKey(size: number): number {
  return Math.round(size * 2) / 2
}

/** The smallest distances that recur (between paragraphs the distance is larger, and most pairs may be such). */
function smallestRecurring(ratios: number[]): number | null {
  const sorted = [...ratios].sort((x, y) => x - y)
  const closest = sorted.filter((r) => r <= sorted[0] * 1.2)
  return closest.length >= 3 ? closest[Math.floor(closest.length / 2)] : null
}

function continues(prev: Line, line: Line, layout: Layout, right: number): boolean {
  if (Math.abs(prev.size - line.size) > 0.12 * prev.size) return false
  // A line ending far short of its column's edge ends its paragraph, whatever it ends with: a heading, a link's headline.
  const edge = layout.rightOf(prev)
  if (prev.x1 < edge - 0.35 * (edge - prev.x0) && !BROKEN_WORD.test(prev.text)) return false
  const sameColumnNext = prev.page === line.page && prev.y > line.y
  if (!sameColumnNext) {
    // On to the next column or page: a sentence left open goes on.
    return !ENDS_SENTENCE.test(prev.text)
  }
  const dy = prev.y - line.y
  if (dy > layout.leadingOf(prev) * prev.size * 1.3) return false
  // A list's item starts a paragraph; its next line, set in under the item's text past the bullet, goes on with it.
  if (BULLET.test(line.text)) return false
  const hanging = BULLET.test(prev.text) && line.x0 <= prev.x0 + 3 * prev.size
  // A first line set in from the column's edge starts a paragraph.
  if (line.x0 > prev.x0 + 0.8 * prev.size && !hanging) return false
  // A line that ends a sentence well short of where the paragraph's lines reach ends it.
  return !(ENDS_SENTENCE.test(prev.text) && prev.x1 < Math.max(right, line.x1) - 4 * prev.size)
}

function nextBody(lines: Line[], i: number): Line | undefined {
  for (let k = i + 1; k < lines.length; k++) if (!lines[k].furniture) return lines[k]
  return undefined
}

/** A word broken at a line's end is joined again: "nego-" "tiation" is one word, "Russia-" "Ukraine" keeps its hyphen. */
function joinLines(text: string, next: string): string {
  // A browser draws a soft hyphen that breaks a line as the hyphen it shows over the soft hyphen it stands for.
  const soft = /\u00ad[-\u2010]?$/.exec(text)
  if (soft) return text.slice(0, soft.index) + next
  if (!BROKEN_WORD.test(text)) return `${text} ${next}`
  return /^\p{Ll}/u.test(next) ? text.slice(0, -1) + next : text + next
}

