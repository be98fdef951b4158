// HTML pages: metadata from <meta>, JSON-LD and <time>; the body from Mozilla Readability over linkedom,
// turned into lines (captions and figures handed over as furniture). Output is plain text only.
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { normalizeText } from '../decode'
import { parseDateLine } from '../dateline'
import type { SourceLine } from '../clean'
import { isoFromValue } from './md'
import type { ParseResult } from './types'

// linkedom's types do not line up with lib.dom's; the subset used here is typed by hand.
interface Node {
  nodeType: number
  nodeName: string
  textContent: string | null
  childNodes: ArrayLike<Node>
}
interface Element extends Node {
  getAttribute(name: string): string | null
  remove(): void
  innerHTML: string
}
interface Doc {
  querySelector(selector: string): Element | null
  querySelectorAll(selector: string): ArrayLike<Element>
  body: Element | null
  title: string
}

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'TABLE', 'TR', 'TD', 'TH', 'DD', 'DT', 'DL', 'MAIN', 'ADDRESS', 'HR', 'BR', 'FORM', 'DETAILS', 'SUMMARY', 'CENTER'])
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'HEAD'])
const CAPTION = new Set(['FIGCAPTION', 'FIGURE', 'PICTURE'])
const ARTICLE_TYPES = new Set(['newsarticle', 'article', 'reportagenews', 'blogposting', 'analysisnewsarticle', 'opinionnewsarticle', 'backgroundnewsarticle', 'liveblogposting', 'webpage'])

function parseDocument(html: string): Doc {
  return parseHTML(html).document as unknown as Doc
}

export function parseHtml(file: string, page: string): ParseResult {
  const archived = archivedPage(page)
  const text = archived?.html ?? page
  // The DOM parser's time grows with the square of the nesting depth: a hostile page gets plain tag stripping.
  if (tagDepth(text) > MAX_PARSE_DEPTH) {
    const lines = strippedLines(text)
    if (!lines.some((l) => l.text.trim())) return { error: 'no article text in the page' }
    return { articles: [{ file, lines, title: null, outlet: null, url: null, published: null }] }
  }
  const doc = parseDocument(text)
  const ld = jsonLd(doc)
  const meta = (selectors: string[]): string | null => {
    for (const s of selectors) {
      const v = doc.querySelector(s)?.getAttribute('content')?.trim()
      if (v) return v
    }
    return null
  }
  const published =
    isoOrNull(meta(['meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="publish-date"]', 'meta[name="date"]', 'meta[name="dc.date.issued"]', 'meta[name="DC.date.issued"]', 'meta[name="parsely-pub-date"]', 'meta[name="sailthru.date"]', 'meta[name="OriginalPublicationDate"]', 'meta[name="citation_publication_date"]', 'meta[name="dcterms.created"]'])) ??
    isoOrNull(ld.datePublished) ??
    isoOrNull(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null) ??
    // A date block that carries its date as data ("<div class="date" data-datetime="8 July 2018">").
    isoOrNull(doc.querySelector('[data-datetime]')?.getAttribute('data-datetime') ?? null) ??
    headDate(text)
  // A page's last change is often the day after it appeared (a correction, a new picture): a bound, not its date.
  const updated = isoOrNull(meta(['meta[property="article:modified_time"]', 'meta[property="og:updated_time"]'])) ?? isoOrNull(ld.dateModified)
  const outlet = meta(['meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]']) ?? ld.publisher ?? siteFromTitle(doc.title)
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta(['meta[property="og:url"]']) || ld.url || archived?.url || null
  const title = meta(['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? ld.headline ?? (doc.querySelector('h1')?.textContent?.trim() || null) ?? titleWithoutSite(doc.title, outlet)

  let lines: SourceLine[] = []
  // Readability's time grows much faster than the page on deeply nested or huge markup (a hostile page
  // nested 5,000 deep takes minutes): such pages go straight to the plain fallback below.
  const readable = isReadable(doc)
  if (readable) {
    try {
      const article = new Readability(doc as unknown as Document, { charThreshold: 200 }).parse()
      // Readability lifts the byline out of the text; a page may print its date there ("Thursday, February 27, 2020 | By ...").
      const byline = article?.byline ? normalizeText(article.byline) : ''
      if (article?.content) lines = [...(parseDateLine(byline) ? [{ text: byline }] : []), ...htmlToLines(article.content)]
    } catch {
      // Readability gives up on some odd pages; the whole body below is the fallback.
    }
  }
  if (!lines.some((l) => !l.kind && l.text.trim())) {
    // Readability changes the document it reads: parse again only if it ran.
    const fallback = readable ? parseDocument(text) : doc
    for (const el of Array.from(fallback.querySelectorAll('nav, header, footer, aside, form'))) el.remove()
    lines = fallback.body ? nodeToLines(fallback.body) : []
  }
  if (ld.articleBody) lines = withWholeBody(lines, ld.articleBody)
  if (!lines.some((l) => !l.kind && l.text.trim())) return { error: 'no article text in the page' }
  return { articles: [{ file, lines, title: clean(title), outlet: clean(outlet), url: clean(url), published, updated }] }
}

const MAX_PARSE_DEPTH = 2000

/** The body the page's data gives must be this much longer than the one it shows to stand for it. */
const WHOLE_BODY_RATIO = 1.5

/**
 * A page that shows the start of its story and hides the rest behind a paywall's script, while its data (JSON-LD's
 * "articleBody") holds the whole: the whole text in place of the part shown, the lines around it (a standfirst above, the
 * paywall's prompt below) kept. Only when the part shown is the data's own opening, so a page's unrelated data is never read.
 */
function withWholeBody(lines: SourceLine[], articleBody: string): SourceLine[] {
  const body = normalizeText(decodeReferences(articleBody))
  const squeezed = (t: string): string => t.replace(/\s+/g, ' ').trim()
  const whole = squeezed(body)
  const shown = lines.map((line, i) => ({ i, inBody: !line.kind && squeezed(line.text).length >= 40 && whole.includes(squeezed(line.text)) }))
  const inBody = shown.filter((l) => l.inBody)
  const shownLength = inBody.reduce((sum, l) => sum + squeezed(lines[l.i].text).length, 0)
  if (!inBody.length || whole.length < WHOLE_BODY_RATIO * shownLength || !whole.startsWith(squeezed(lines[inBody[0].i].text).slice(0, 40))) return lines
  const first = inBody[0].i
  const last = inBody.at(-1)!.i
  const paragraphs = body.split(/\n+/).map((text) => text.trim()).filter(Boolean).map((text): SourceLine => ({ text }))
  return [...lines.slice(0, first), ...paragraphs, ...lines.slice(last + 1).filter((line) => !whole.includes(squeezed(line.text)) || !line.text.trim())]
}
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'option', 'td', 'tr', 'th', 'dd', 'dt'])

/** Deepest tag nesting, by counting open and close tags (elements often left open count as void). */
function tagDepth(html: string): number {
  let depth = 0
  let max = 0
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (VOID.has(m[2].toLowerCase()) || m[3]) continue
    depth += m[1] ? -1 : 1
    if (depth > max) max = depth
    if (depth < 0) depth = 0
  }
  return max
}

// The entities of a page's header and byline ("Daniel Kessler &middot; Asia-Pacific Strategic Review &middot; April 6, 2001").
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', middot: '·', bull: '•', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', vert: '|',
  eacute: 'é', Eacute: 'É', egrave: 'è', Egrave: 'È', aacute: 'á', Aacute: 'Á', agrave: 'à', Agrave: 'À', oacute: 'ó', Oacute: 'Ó',
  iacute: 'í', Iacute: 'Í', uacute: 'ú', Uacute: 'Ú', ntilde: 'ñ', Ntilde: 'Ñ', uuml: 'ü', Uuml: 'Ü', ouml: 'ö', Ouml: 'Ö', auml: 'ä', Auml: 'Ä',
  ccedil: 'ç', Ccedil: 'Ç',
}

// Pages write these in capitals too ("&AMP;", "&NBSP;"); "&Eacute;" is another letter than "&eacute;".
const CASELESS_ENTITY = /^(?:amp|lt|gt|quot|apos|nbsp)$/i

/** As the HTML parser does: a reference to no character is U+FFFD. */
function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd'
}

/** Lines of the page above its headline that a date line may be among. */
const HEAD_LINES = 15
/** Lines right under the headline, within so much of the page, that a post's header may hold its date in. */
const UNDER_HEADLINE_LINES = 4
const UNDER_HEADLINE_CHARACTERS = 3000
// A line this long is the article's text, not its header.
const PARAGRAPH_CHARACTERS = 200

// The Wayback Machine's toolbar over a captured page: its capture dates ("01 Jun 2018 - 17 Nov 2021") are the archive's.
const ARCHIVE_TOOLBAR = /<!--\s*BEGIN WAYBACK TOOLBAR INSERT\s*-->[\s\S]*?<!--\s*END WAYBACK TOOLBAR INSERT\s*-->/i
// The address it captured: `__wm.wombat("https://outlet.example/news/...","20180601023310", ...`.
const ARCHIVED_ADDRESS = /__wm\.wombat\(\s*["'](https?:\/\/[^"']+)["']/

/** A page as the Wayback Machine serves it: the page without the archive's toolbar, and the address it was captured from. */
function archivedPage(html: string): { html: string; url: string | null } | null {
  const toolbar = ARCHIVE_TOOLBAR.exec(html)
  if (!toolbar) return null
  return { html: html.slice(0, toolbar.index) + html.slice(toolbar.index + toolbar[0].length), url: ARCHIVED_ADDRESS.exec(html)?.[1] ?? null }
}

/**
 * A date line the page prints above its headline, outside the article its reader view keeps (an e-paper's "Saturday,
 * May 28, 2016 Morning edition, Page 1" over the story).
 */
function headDate(html: string): string | null {
  const h1 = html.search(/<h1[\s>]/i)
  const body = Math.max(0, html.search(/<body[\s>]/i))
  if (h1 < 0) return labelledDateBeforeText(html.slice(body))
  // Or right under it, in the post's header ("Leilani Osborne May 27, 2022" under a newsletter's title), before its text begins.
  const under = strippedLines(html.slice(h1, h1 + UNDER_HEADLINE_CHARACTERS)).slice(1)
  const text = under.findIndex((l) => l.text.length > PARAGRAPH_CHARACTERS)
  const lines = [...strippedLines(html.slice(body, h1)).slice(-HEAD_LINES), ...under.slice(0, text < 0 ? UNDER_HEADLINE_LINES : Math.min(text, UNDER_HEADLINE_LINES))]
  for (const line of lines) {
    const date = parseDateLine(line.text.trim())
    if (date && date.kind !== 'updated') return date.date
  }
  return null
}

/**
 * A page with no h1 (an old table layout, its headline in a <font>): a line that says it is the publication date
 * ("Published 7 November 2015, 10:42 PM | By Tan Wei Ling, Senior Correspondent") before the text begins; not a bare date,
 * which may be the day the menu beside it was printed.
 */
function labelledDateBeforeText(body: string): string | null {
  for (const line of strippedLines(body.slice(0, UNDER_HEADLINE_CHARACTERS * 4))) {
    if (line.text.length > PARAGRAPH_CHARACTERS) return null
    const date = parseDateLine(line.text.trim())
    if (date?.kind === 'published') return date.date
  }
  return null
}

/** Text of a page without a DOM: scripts and styles dropped, block tags as line breaks, entities decoded. */
function strippedLines(html: string): SourceLine[] {
  const text = html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(?:p|div|br|h[1-6]|li|tr|section|article|blockquote|header|footer|nav|aside|figure|figcaption)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (all, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
      name ? (ENTITIES[name] ?? (CASELESS_ENTITY.test(name) ? ENTITIES[name.toLowerCase()] : all)) : codePoint(dec ? Number(dec) : parseInt(hex!, 16)),
    )
  return normalizeText(text)
    .split('\n')
    .map((line) => ({ text: line.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text)
}

const MAX_DEPTH = 250
const MAX_ELEMENTS = 30000

function isReadable(doc: Doc): boolean {
  if (!doc.body) return false
  const stack: [Node, number][] = [[doc.body, 0]]
  let elements = 0
  while (stack.length) {
    const [node, depth] = stack.pop()!
    if (depth > MAX_DEPTH || ++elements > MAX_ELEMENTS) return false
    const children = node.childNodes
    for (let i = 0; i < children.length; i++) if (children[i].nodeType === 1) stack.push([children[i], depth + 1])
  }
  return true
}

function clean(value: string | null | undefined): string | null {
  const v = value ? normalizeText(value).replace(/\s+/g, ' ').trim() : ''
  return v || null
}

function isoOrNull(value: string | null | undefined): string | null {
  return value ? isoFromValue(value) : null
}

/** The site a page title ends with after a bar ("Saudi Arabia and Iran agree … | News | Al Jazeera"). */
export function siteFromTitle(title: string): string | null {
  const parts = (title ?? '').split(/\s+(?:\||::)\s+/)
  // "... :: Volga Press Agency (English service)": the name without the edition.
  const site = parts.length > 1 ? parts[parts.length - 1].replace(/\s*\([^()]{2,30}\)$/, '').trim() : ''
  return /^[\p{Lu}\d][\p{L}\d&.'’-]*(?: [\p{L}\d&.'’-]+){0,3}$/u.test(site) ? site : null
}

export function titleWithoutSite(title: string, outlet: string | null): string | null {
  const t = title?.trim()
  if (!t) return null
  const parts = t.split(/\s+(?:[|–—-]|::)\s+/)
  if (parts.length > 1 && (!outlet || parts[parts.length - 1].replace(/\s*\([^()]{2,30}\)$/, '').toLowerCase() === outlet.toLowerCase())) parts.pop()
  return parts.join(' - ')
}

interface LdFacts {
  headline: string | null
  articleBody: string | null
  datePublished: string | null
  dateModified: string | null
  publisher: string | null
  url: string | null
}

function jsonLd(doc: Doc): LdFacts {
  const facts: LdFacts = { headline: null, articleBody: null, datePublished: null, dateModified: null, publisher: null, url: null }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown
    try {
      data = JSON.parse(script.textContent ?? '')
    } catch {
      continue
    }
    // Walked by index, one node at a time: a hostile page's list may hold more nodes than a call takes arguments.
    const queue: unknown[] = [data]
    for (let next = 0; next < queue.length; next++) {
      const node = queue[next]
      if (Array.isArray(node)) for (const child of node) queue.push(child)
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>
        if (Array.isArray(o['@graph'])) for (const child of o['@graph'] as unknown[]) queue.push(child)
        if (![o['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t.toLowerCase()))) continue
        facts.headline ??= text(o.headline) ?? text(o.name)
        facts.articleBody ??= text(o.articleBody)
        facts.datePublished ??= text(o.datePublished)
        facts.dateModified ??= text(o.dateModified)
        const publisher = Array.isArray(o.publisher) ? o.publisher[0] : o.publisher
        facts.publisher ??= typeof publisher === 'object' && publisher ? text((publisher as Record<string, unknown>).name) : text(publisher)
        const main = o.mainEntityOfPage
        facts.url ??= text(o.url) ?? (typeof main === 'object' && main ? text((main as Record<string, unknown>)['@id']) : text(main))
      }
    }
  }
  return facts
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null
}

/** Plain text with HTML's character references ("Kyiv&#8217;s", "&eacute;", "&amp;") decoded, its line breaks kept. */
export function decodeReferences(text: string): string {
  if (!/&[#\w]+;/.test(text)) return text
  const doc = parseDocument(`<!doctype html><html><body><div>${text.replace(/</g, '&lt;')}</div></body></html>`)
  return normalizeText(doc.querySelector('div')?.textContent ?? text)
}

/** Block elements -> lines; figures and captions -> furniture lines; scripts, forms and media dropped. */
export function htmlToLines(html: string): SourceLine[] {
  if (tagDepth(html) > MAX_PARSE_DEPTH) return strippedLines(html)
  const doc = parseDocument(`<!doctype html><html><body>${html}</body></html>`)
  return doc.body ? nodeToLines(doc.body) : []
}

/** An element the page never shows: a newsletter's preheader ("display:none"), a "hidden" block. */
function isHidden(el: Element): boolean {
  return el.getAttribute('hidden') !== null || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '')
}

function nodeToLines(root: Node): SourceLine[] {
  const lines: SourceLine[] = []
  let current = ''
  const flush = (kind?: 'furniture') => {
    const t = normalizeText(current).replace(/\s+/g, ' ').trim()
    if (t) lines.push(kind ? { text: t, kind, rule: 'photo caption' } : { text: t })
    current = ''
  }
  // Iterative walk: a hostile page nested 100,000 deep must not overflow the stack.
  const stack: (Node | 'end-block')[] = [root]
  while (stack.length) {
    const node = stack.pop()!
    if (node === 'end-block') {
      flush()
      continue
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? ''
      continue
    }
    if (node.nodeType !== 1) continue
    const name = node.nodeName.toUpperCase()
    if (SKIP.has(name) || isHidden(node as Element)) continue
    if (CAPTION.has(name)) {
      flush()
      current = node.textContent ?? ''
      flush('furniture')
      continue
    }
    if (BLOCK.has(name)) {
      flush()
      stack.push('end-block')
    }
    const children = node.childNodes
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
  }
  flush()
  return lines
}
