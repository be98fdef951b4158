// News agencies' own formats, saved as .xml: IPTC's NewsML-G2 (a <newsItem>, or several in a <newsMessage>), the older
// NewsML 1 and NITF (alone, or inside a NewsML item). Each item with text is an article: its headline the title, its
// body read as a page's, its provider the outlet. Its date is the item's first creation (NewsML-G2's <firstCreated>,
// NITF's <date.issue>), never a later version's nor the day a message was sent.
import type { SourceLine } from '../clean'
import { htmlToLines } from './html'
import { namedAsFile, type ListEntry } from './list'
import { isoFromValue } from './md'
import type { ParsedArticle, ParseResult } from './types'
import { childElements, innerSource, textOf, type XmlElement } from './xml'

/** The root elements of the agencies' formats. */
export const AGENCY_ROOTS: ReadonlySet<string> = new Set(['newsMessage', 'newsItem', 'nitf', 'NewsML'])

interface AgencyItem {
  title: string
  outlet: string
  published: string
  updated: string
  lines: SourceLine[]
}

/** The articles of an agency's file, each `file#n` but the one that stands for the file. */
export function agencyArticles(file: string, source: string, root: XmlElement): ParseResult {
  const items = root.local === 'nitf' ? [nitfItem(root, source, '')] : itemsOf(root).map((item) => (item.local === 'newsItem' ? g2Item(item, source) : newsml1Item(item, source)))
  const entries: ListEntry[] = items.flatMap((item, i) => {
    const article = articleOf(`${file}#${i + 1}`, item)
    return article ? [{ article, length: article.lines.reduce((sum, line) => sum + (line.kind ? 0 : line.text.length), 0) }] : []
  })
  if (!entries.length) return { error: items.length ? "a news agency's file whose items have no text" : "a news agency's file without items" }
  return { articles: namedAsFile(file, entries) }
}

function itemsOf(root: XmlElement): XmlElement[] {
  if (root.local === 'newsItem') return [root]
  if (root.local === 'newsMessage') return descendants(root, 'newsItem')
  return descendants(root, 'NewsItem')
}

function g2Item(item: XmlElement, source: string): AgencyItem {
  const itemMeta = child(item, 'itemMeta')
  const contentMeta = child(item, 'contentMeta')
  const provider = child(itemMeta, 'provider')
  const outlet = literal(provider) || literal(child(child(item, 'rightsInfo'), 'copyrightHolder'))
  const content = child(item, 'contentSet')
  const nitf = content && descendants(content, 'nitf')[0]
  const own = {
    title: textOf(child(contentMeta, 'headline')),
    outlet,
    published: textOf(child(itemMeta, 'firstCreated') ?? child(contentMeta, 'contentCreated')),
    updated: textOf(child(itemMeta, 'versionCreated') ?? child(contentMeta, 'contentModified')),
  }
  if (nitf) return withDefaults(nitfItem(nitf, source, outlet), own)
  return { ...own, lines: content ? contentLines(content, source) : [] }
}

/** NewsML 1: a <NewsItem> whose components hold the headline, the dates and the content (often NITF). */
function newsml1Item(item: XmlElement, source: string): AgencyItem {
  const management = child(item, 'NewsManagement')
  const nitf = descendants(item, 'nitf')[0]
  const own = {
    title: textOf(descendants(item, 'HeadLine')[0] ?? null),
    outlet: textOf(descendants(item, 'ProviderId')[0] ?? null) || literal(descendants(item, 'Provider')[0] ?? null),
    published: textOf(child(management, 'FirstCreated')),
    updated: textOf(child(management, 'ThisRevisionCreated')),
  }
  if (nitf) return withDefaults(nitfItem(nitf, source, own.outlet), own)
  const data = descendants(item, 'DataContent')[0]
  return { ...own, lines: data ? contentLines(data, source) : [] }
}

function nitfItem(nitf: XmlElement, source: string, outlet: string): AgencyItem {
  const head = child(nitf, 'head')
  const docdata = child(head, 'docdata')
  const body = child(nitf, 'body')
  const hl1 = descendants(child(body, 'body.head') ?? nitf, 'hl1')[0] ?? null
  const dateline = descendants(child(body, 'body.head') ?? nitf, 'story.date')[0] ?? null
  const content = child(body, 'body.content')
  return {
    title: textOf(hl1) || textOf(child(head, 'title')),
    outlet: child(docdata, 'doc.copyright')?.attributes.get('holder') ?? outlet,
    published:
      child(docdata, 'date.issue')?.attributes.get('norm') ?? child(docdata, 'date.release')?.attributes.get('norm') ?? child(head, 'pubdata')?.attributes.get('date.publication') ?? dateline?.attributes.get('norm') ?? '',
    updated: '',
    // The body's end (a tagline, a bibliography) is the agency's note, not the story.
    lines: content ? htmlToLines(asHtml(innerSource(source, content))) : [],
  }
}

/** A NITF item's fields, with the NewsML item's around it where NITF leaves them out. */
function withDefaults(nitf: AgencyItem, own: Omit<AgencyItem, 'lines'>): AgencyItem {
  return { title: nitf.title || own.title, outlet: nitf.outlet || own.outlet, published: own.published || nitf.published, updated: own.updated || nitf.updated, lines: nitf.lines }
}

/** An item's content: XHTML inline (its <body>), or plain text a paragraph per blank line; content kept elsewhere is none. */
function contentLines(content: XmlElement, source: string): SourceLine[] {
  const inline = descendants(content, 'inlineXML')[0] ?? null
  if (inline) {
    const body = descendants(inline, 'body')[0] ?? inline
    return htmlToLines(asHtml(innerSource(source, body)))
  }
  const data = (content.local === 'DataContent' ? content : descendants(content, 'inlineData')[0]) ?? null
  const text = textOf(data)
  return text.trim() ? htmlToLines(text.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p)}</p>`).join('')) : []
}

function articleOf(file: string, item: AgencyItem): ParsedArticle | null {
  if (!item.lines.some((line) => !line.kind && line.text.trim())) return null
  return {
    file,
    lines: item.lines,
    title: oneLine(item.title),
    outlet: oneLine(item.outlet),
    url: null,
    published: item.published.trim() ? isoFromValue(item.published) : null,
    updated: item.updated.trim() ? isoFromValue(item.updated) : null,
  }
}

// NITF's and XHTML's markup as a page's: prefixes dropped ("xhtml:p"), NITF's own elements as HTML's that say the same.
const NITF_AS_HTML: Readonly<Record<string, string>> = { block: 'div', media: 'figure', 'media-caption': 'figcaption', hl2: 'h2', note: 'aside', fn: 'aside', bq: 'blockquote', 'media-producer': 'figcaption' }
const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/g

function asHtml(markup: string): string {
  return markup.replace(TAG, (_, close: string, name: string) => `<${close}${NITF_AS_HTML[name] ?? name}`)
}

function child(el: XmlElement | null, local: string): XmlElement | null {
  return el ? childElements(el, local)[0] ?? null : null
}

/** Elements of that local name anywhere inside `el`, in document order. */
function descendants(el: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = []
  // Iterative: a hostile file nested 100,000 deep must not overflow the stack.
  const stack: XmlElement[] = [...childElements(el)].reverse()
  while (stack.length) {
    const node = stack.pop()!
    if (node.local === local) found.push(node)
    else for (let i = node.children.length - 1; i >= 0; i--) if (typeof node.children[i] !== 'string') stack.push(node.children[i] as XmlElement)
  }
  return found
}

/** A party's name: its `literal`, else the name its code gives ("nprov:REUTERS"), else its text. */
function literal(el: XmlElement | null): string {
  if (!el) return ''
  return el.attributes.get('literal') ?? el.attributes.get('qcode')?.replace(/^[^:]*:/, '') ?? textOf(el).trim()
}

function oneLine(value: string): string | null {
  return value.replace(/\s+/g, ' ').trim() || null
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
