// News feeds saved as files (.xml, .rss, .atom): RSS 2.0, RSS 1.0 (RDF) and Atom. Each item with a body is an article:
// its full text (content:encoded, Atom's <content>) or else its summary (<description>, <summary>), HTML in CDATA or
// escaped; its own date (pubDate, dc:date, Atom's <published>) the publication, never the channel's lastBuildDate or
// an entry's <updated>; its <link> the address; the channel's title the outlet. An Evernote export or a news agency's
// item (NewsML, NITF) saved as .xml is read as one; any other XML is no article file.
import { normalizeText } from '../decode'
import type { SourceLine } from '../clean'
import { notesOf } from './enex'
import { htmlToLines } from './html'
import { namedAsFile, type ListEntry } from './list'
import { isoFromValue } from './md'
import { AGENCY_ROOTS, agencyArticles } from './newsml'
import type { ParsedArticle, ParseResult } from './types'
import { childElements, firstChild, innerSource, NAMESPACES, parseXml, textOf, type XmlElement } from './xml'

// RSS 2.0 has no namespace; RSS 1.0 has its own. Atom 0.3 had another, and some feeds declare none.
const RSS = ['', NAMESPACES.rss1]
const ATOM = [NAMESPACES.atom, 'http://purl.org/atom/ns#', '']
const DC = [NAMESPACES.dc, NAMESPACES.dcterms]

interface Feed {
  /** The channel's name, as the outlet of its items. */
  outlet: string | null
  /** The site's address, against which an entry's relative link is read. */
  site: string | null
  items: XmlElement[]
  read: (item: XmlElement, source: string, site: string | null) => Item
}

interface Item {
  title: string
  url: string | null
  /** Its text as HTML, or as plain text (`html: false`). */
  body: string
  html: boolean
  published: string
  updated: string
  /** The feed an aggregator took the item from (RSS's and Atom's <source>): its outlet. */
  origin: string
}

export function parseFeed(file: string, text: string): ParseResult {
  const root = parseXml(text)
  if (root?.local === 'en-export') return notesOf(file, root)
  if (root && AGENCY_ROOTS.has(root.local)) return agencyArticles(file, text, root)
  const feed = root && feedOf(root)
  if (!feed) return { error: `not an article file (XML data, not a news feed nor a news agency's item${root ? `: its root is <${root.name}>` : ''})` }
  const entries: ListEntry[] = feed.items.flatMap((element, i) => {
    const article = itemArticle(`${file}#${i + 1}`, feed.read(element, text, feed.site), feed.outlet)
    return article ? [{ article, length: article.lines.reduce((sum, line) => sum + (line.kind ? 0 : line.text.length), 0) }] : []
  })
  if (!entries.length) return { error: feed.items.length ? 'a news feed whose items have no text' : 'a news feed without items' }
  return { articles: namedAsFile(file, entries) }
}

function feedOf(root: XmlElement): Feed | null {
  if (root.local === 'rss' && root.namespace === '') {
    const channel = firstChild(root, 'channel', RSS)
    return channel ? rssFeed(channel, childElements(channel, 'item', RSS)) : null
  }
  // RSS 1.0 lists its items beside its channel.
  if (root.local === 'RDF' && root.namespace === NAMESPACES.rdf) {
    const channel = firstChild(root, 'channel', RSS)
    return channel ? rssFeed(channel, childElements(root, 'item', RSS)) : null
  }
  if (root.local === 'feed' && ATOM.includes(root.namespace)) {
    const site = atomLink(root, null)
    return { outlet: outletOf(plain(textOf(firstChild(root, 'title', ATOM))), site), site, items: childElements(root, 'entry', ATOM), read: atomItem }
  }
  return null
}

function rssFeed(channel: XmlElement, items: XmlElement[]): Feed {
  const site = textOf(firstChild(channel, 'link', RSS)).trim() || null
  return { outlet: outletOf(plain(textOf(firstChild(channel, 'title', RSS))), site), site, items, read: rssItem }
}

function rssItem(item: XmlElement): Item {
  const content = textOf(firstChild(item, 'encoded', [NAMESPACES.content]))
  const guid = firstChild(item, 'guid', RSS)
  const permalink = guid && guid.attributes.get('isPermaLink') !== 'false' ? textOf(guid).trim() : ''
  const body = content.trim() ? content : textOf(firstChild(item, 'description', RSS))
  return {
    title: textOf(firstChild(item, 'title', RSS)),
    url: address(textOf(firstChild(item, 'link', RSS)).trim() || permalink, null),
    body,
    html: true,
    published: textOf(firstChild(item, 'pubDate', RSS) ?? firstChild(item, 'date', DC) ?? firstChild(item, 'issued', DC)),
    updated: '',
    origin: textOf(firstChild(item, 'source', RSS)),
  }
}

function atomItem(entry: XmlElement, source: string, site: string | null): Item {
  const content = firstChild(entry, 'content', ATOM)
  // Content kept elsewhere (<content src="...">) is not in the file: the summary is what there is.
  const full = content && !content.attributes.has('src') && textOf(content).trim() ? content : null
  const text = full ?? firstChild(entry, 'summary', ATOM)
  const type = text?.attributes.get('type') ?? 'text'
  const origin = firstChild(entry, 'source', ATOM)
  return {
    title: textOf(firstChild(entry, 'title', ATOM)),
    url: atomLink(entry, site),
    body: text ? (type === 'xhtml' ? innerSource(source, text) : textOf(text)) : '',
    html: type === 'html' || type === 'xhtml' || /html/.test(type),
    published: textOf(firstChild(entry, 'published', ATOM) ?? firstChild(entry, 'issued', ATOM) ?? firstChild(entry, 'date', DC)),
    updated: textOf(firstChild(entry, 'updated', ATOM) ?? firstChild(entry, 'modified', ATOM)),
    origin: origin ? textOf(firstChild(origin, 'title', ATOM)) : '',
  }
}

/** An Atom element's page: its link to the alternate (HTML) version, or its only link without a relation. */
function atomLink(el: XmlElement, base: string | null): string | null {
  const links = childElements(el, 'link', ATOM).filter((link) => (link.attributes.get('rel') ?? 'alternate') === 'alternate')
  const page = links.find((link) => /html/.test(link.attributes.get('type') ?? 'text/html')) ?? links[0]
  return page ? address(page.attributes.get('href') ?? '', base) : null
}

/** A web address, a relative one read against the site's. */
function address(href: string, base: string | null): string | null {
  const value = href.trim()
  if (/^https?:\/\//i.test(value)) return value
  if (!value || !base) return null
  try {
    return new URL(value, base).href
  } catch {
    return null
  }
}

function itemArticle(file: string, item: Item, outlet: string | null): ParsedArticle | null {
  const lines = bodyLines(item.body, item.html)
  if (!lines.some((line) => !line.kind && line.text.trim())) return null
  return {
    file,
    lines,
    title: plain(item.title),
    outlet: plain(item.origin) ?? outlet,
    url: item.url,
    published: item.published.trim() ? isoFromValue(item.published) : null,
    updated: item.updated.trim() ? isoFromValue(item.updated) : null,
  }
}

/** An item's text as lines: HTML as a page's, plain text a line each (its HTML entities decoded all the same). */
function bodyLines(body: string, html: boolean): SourceLine[] {
  if (html && /<[a-zA-Z!/]/.test(body)) return htmlToLines(body)
  return htmlToLines(body.replace(/&(?![#\w]+;)/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>'))
}

/** A title as plain text: a feed may escape HTML in it ("Kyiv&#8217;s bill", "<b>Live</b>"). */
function plain(value: string): string | null {
  const text = /[<&]/.test(value) ? htmlToLines(value.replace(/\n/g, ' ')).map((line) => line.text).join(' ') : value
  return normalizeText(text).replace(/\s+/g, ' ').trim() || null
}

/**
 * The outlet a channel's title names: the part that names the site its link is on ("Continental Post" of "Continental
 * Post - Europe" at continentalpost.example, "The Guardian" of "World news | The Guardian"), else the whole title.
 */
function outletOf(title: string | null, site: string | null): string | null {
  if (!title || !site) return title
  const labels = (/^https?:\/\/([^/:?#]+)/i.exec(site)?.[1] ?? '').toLowerCase().split('.').filter((label) => label.length >= 3 && !NOT_A_NAME.has(label))
  const parts = title.split(/\s+[-–—|>»:·]\s+|:\s+/)
  let best: { part: string; shared: number } | null = null
  for (const part of parts) {
    const squashed = part.toLowerCase().replace(/[^\p{L}\d]/gu, '')
    const shared = Math.max(0, ...labels.map((label) => (squashed.includes(label) || label.includes(squashed) ? Math.min(label.length, squashed.length) : commonPrefix(label, squashed))))
    if (shared >= 3 && (!best || shared > best.shared)) best = { part: part.trim(), shared }
  }
  return parts.length > 1 && best ? best.part : title
}

// Host labels that name no site: "www", "feeds", "rss", top-level domains.
const NOT_A_NAME = new Set(['www', 'feeds', 'feed', 'rss', 'news', 'com', 'org', 'net', 'edu', 'gov', 'int', 'info'])

function commonPrefix(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}
