// HTML pages: metadata from <meta>, JSON-LD and <time>; the body from Mozilla Readability over linkedom,
// turned into lines (captions and figures handed over as furniture). Output is plain text only.
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { normalizeText } from '../decode'
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

export function parseHtml(file: string, text: string): ParseResult {
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
    isoOrNull(meta(['meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="publish-date"]', 'meta[name="date"]', 'meta[name="dc.date.issued"]', 'meta[name="DC.date.issued"]', 'meta[name="parsely-pub-date"]', 'meta[name="sailthru.date"]'])) ??
    isoOrNull(ld.datePublished) ??
    isoOrNull(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null) ??
    isoOrNull(meta(['meta[property="article:modified_time"]', 'meta[property="og:updated_time"]'])) ??
    isoOrNull(ld.dateModified)
  const outlet = meta(['meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]']) ?? ld.publisher
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta(['meta[property="og:url"]']) || ld.url
  const title = meta(['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? ld.headline ?? (doc.querySelector('h1')?.textContent?.trim() || null) ?? titleWithoutSite(doc.title, outlet)

  let lines: SourceLine[] = []
  try {
    const article = new Readability(doc as unknown as Document, { charThreshold: 200 }).parse()
    if (article?.content) lines = htmlToLines(article.content)
  } catch {
    // Readability gives up on some odd pages; the whole body below is the fallback.
  }
  if (!lines.some((l) => !l.kind && l.text.trim())) {
    const fallback = parseDocument(text)
    for (const el of Array.from(fallback.querySelectorAll('nav, header, footer, aside, form'))) el.remove()
    lines = fallback.body ? htmlToLines(fallback.body.innerHTML) : []
  }
  if (!lines.some((l) => !l.kind && l.text.trim())) return { error: 'no article text in the page' }
  return { articles: [{ file, lines, title: clean(title), outlet: clean(outlet), url: clean(url), published }] }
}

function clean(value: string | null | undefined): string | null {
  const v = value ? normalizeText(value).replace(/\s+/g, ' ').trim() : ''
  return v || null
}

function isoOrNull(value: string | null | undefined): string | null {
  return value ? isoFromValue(value) : null
}

function titleWithoutSite(title: string, outlet: string | null): string | null {
  const t = title?.trim()
  if (!t) return null
  const parts = t.split(/\s+[|–—-]\s+/)
  if (parts.length > 1 && (!outlet || parts[parts.length - 1].toLowerCase() === outlet.toLowerCase())) parts.pop()
  return parts.join(' - ')
}

interface LdFacts {
  headline: string | null
  datePublished: string | null
  dateModified: string | null
  publisher: string | null
  url: string | null
}

function jsonLd(doc: Doc): LdFacts {
  const facts: LdFacts = { headline: null, datePublished: null, dateModified: null, publisher: null, url: null }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown
    try {
      data = JSON.parse(script.textContent ?? '')
    } catch {
      continue
    }
    const queue: unknown[] = [data]
    while (queue.length) {
      const node = queue.shift()
      if (Array.isArray(node)) queue.push(...node)
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>
        if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]))
        if (![o['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t.toLowerCase()))) continue
        facts.headline ??= text(o.headline) ?? text(o.name)
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

/** Block elements -> lines; figures and captions -> furniture lines; scripts, forms and media dropped. */
export function htmlToLines(html: string): SourceLine[] {
  const doc = parseDocument(`<!doctype html><html><body>${html}</body></html>`)
  const lines: SourceLine[] = []
  let current = ''
  const flush = (kind?: 'furniture') => {
    const t = normalizeText(current).replace(/\s+/g, ' ').trim()
    if (t) lines.push(kind ? { text: t, kind, rule: 'photo caption' } : { text: t })
    current = ''
  }
  if (!doc.body) return lines
  // Iterative walk: a hostile page nested 100,000 deep must not overflow the stack.
  const stack: (Node | 'end-block')[] = [doc.body]
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
    if (SKIP.has(name)) continue
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
