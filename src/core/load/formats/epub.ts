// An e-book a reader sent an article to: an EPUB (a ZIP archive) whose package document names its title, its source
// address and its dates, and whose spine lists its chapters in reading order. The chapters are read as one page; a
// cover or title page, the table of contents and the stylesheet are passed over. A "send to e-reader" tool dates the
// book with the article's day; Calibre with "0101-01-01" when it does not know it, and the day the book was made or
// added is only a bound on the article's.
import { isoFromValue } from './md'
import { parseHtml } from './html'
import type { ParseResult } from './types'
import { parseXml, textOf, walkXml, type XmlElement } from './xml'
import { isZip, ZipError, zipEntries, zipText, type ZipEntry } from './zip'

const OPF = 'http://www.idpf.org/2007/opf'
const DC = 'http://purl.org/dc/elements/1.1/'
const CONTAINER = 'urn:oasis:names:tc:opendocument:xmlns:container'
const MAX_CHAPTERS = 200
// What a tool adds around the article: a cover or title page, a table of contents, a notice of how it was made.
const NOT_THE_TEXT = /(?:^|[/_-])(?:cover|titlepage|title_page|toc|nav|contents|copyright|colophon|about)(?:[._-]|\.x?html?$)/i

export function parseEpub(file: string, bytes: Uint8Array): ParseResult {
  if (!isZip(bytes)) return { error: 'not an EPUB book (not a ZIP archive: a misnamed file)' }
  try {
    const entries = zipEntries(bytes)
    const container = zipText(bytes, entries, 'META-INF/container.xml')
    const rootfile = container && parseXml(container)
    const packagePath = rootfile ? findFirst(rootfile, 'rootfile', CONTAINER)?.attributes.get('full-path') : null
    const opfText = packagePath ? zipText(bytes, entries, packagePath) : null
    const opf = opfText ? parseXml(opfText) : null
    if (!packagePath || !opf) return { error: 'an EPUB book without its package document (META-INF/container.xml names none)' }
    const chapters = spineChapters(opf, packagePath, entries)
    const bodies = chapters.map((path) => bodyOf(zipText(bytes, entries, path) ?? '')).filter((body) => body.trim())
    if (!bodies.length) return { error: 'an EPUB book without text' }
    const facts = bookFacts(opf)
    const page = `<!DOCTYPE html><html><body><article>${bodies.join('\n')}</article></body></html>`
    const result = parseHtml(file, page)
    if ('error' in result) return result
    return {
      articles: result.articles.map((article) => ({
        ...article,
        title: facts.title ?? article.title,
        outlet: facts.publisher ?? article.outlet,
        url: facts.source ?? article.url,
        published: facts.published ?? article.published,
        updated: facts.made ?? article.updated,
      })),
    }
  } catch (error) {
    if (error instanceof ZipError) return { error: `an EPUB book that cannot be read: ${error.message}` }
    throw error
  }
}

/** The spine's chapters, as paths in the archive, in reading order; the tool's own pages left out. */
function spineChapters(opf: XmlElement, packagePath: string, entries: Map<string, ZipEntry>): string[] {
  const base = packagePath.includes('/') ? packagePath.slice(0, packagePath.lastIndexOf('/') + 1) : ''
  const manifest = new Map<string, { href: string; type: string; properties: string }>()
  for (const item of findAll(opf, 'item', OPF))
    manifest.set(item.attributes.get('id') ?? '', { href: item.attributes.get('href') ?? '', type: item.attributes.get('media-type') ?? '', properties: item.attributes.get('properties') ?? '' })
  const paths: string[] = []
  for (const ref of findAll(opf, 'itemref', OPF).slice(0, MAX_CHAPTERS)) {
    const item = manifest.get(ref.attributes.get('idref') ?? '')
    if (!item || !/html|xml/.test(item.type) || /\bnav\b/.test(item.properties) || NOT_THE_TEXT.test(item.href)) continue
    const path = resolvePath(base, decodedHref(item.href.replace(/#.*$/, '')))
    if (entries.has(path)) paths.push(path)
  }
  return paths
}

/** "text/chapter%201.xhtml" as the archive names it; a malformed escape is taken as written. */
function decodedHref(href: string): string {
  try {
    return decodeURIComponent(href)
  } catch {
    return href
  }
}

function resolvePath(base: string, href: string): string {
  const parts: string[] = []
  for (const part of (base + href).split('/')) {
    if (part === '..') parts.pop()
    else if (part && part !== '.') parts.push(part)
  }
  return parts.join('/')
}

function bodyOf(xhtml: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(xhtml)
  return body ? body[1] : ''
}

interface BookFacts {
  title: string | null
  publisher: string | null
  source: string | null
  published: string | null
  /** When the book was made, modified or added to a library: the article had appeared by then. */
  made: string | null
}

function bookFacts(opf: XmlElement): BookFacts {
  const metadata = findFirst(opf, 'metadata', OPF) ?? opf
  const dc = (local: string): string[] => findAll(metadata, local, DC).map((el) => textOf(el).trim()).filter((v) => v)
  const meta = (key: string): string | null => {
    for (const el of findAll(metadata, 'meta', OPF)) {
      if (el.attributes.get('property') === key) return textOf(el).trim() || null
      if (el.attributes.get('name') === key) return el.attributes.get('content')?.trim() || null
    }
    return null
  }
  const made = [meta('dcterms:modified'), meta('calibre:timestamp')].map((v) => (v ? isoFromValue(v) : null)).filter((d): d is string => !!d).sort()[0] ?? null
  // Calibre's "0101-01-01" is no date; a date on the day the book was made is the making's, not the article's.
  const date = dc('date').map((v) => (/^0101-01-01/.test(v) ? null : isoFromValue(v))).find((d) => d) ?? null
  const source = [...dc('source'), ...dc('identifier')].find((v) => /^https?:\/\//.test(v)) ?? null
  return {
    title: dc('title')[0] ?? null,
    publisher: dc('publisher')[0] ?? null,
    source,
    published: date && date !== made ? date : null,
    made,
  }
}

/** The elements of that name in the namespace (or none: an OPF written without one), in document order. */
function findAll(root: XmlElement, local: string, namespace: string): XmlElement[] {
  const out: XmlElement[] = []
  walkXml(root, (node) => {
    if (typeof node === 'string') return false
    if (node.local === local && (node.namespace === namespace || node.namespace === '')) out.push(node)
    return true
  })
  return out
}

function findFirst(root: XmlElement, local: string, namespace: string): XmlElement | null {
  return findAll(root, local, namespace)[0] ?? null
}
