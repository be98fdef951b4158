// A small XML reader for the exports and feeds read here (Evernote's .enex, RSS and Atom): elements with their
// attributes, namespaces and text, CDATA kept as written, the five named entities and numeric references decoded.
// Nothing in the file is acted on: no DTD, no entity it defines, no external reference. A file cut short or badly
// nested is read as far as it goes, its open elements closed at the end.

export interface XmlElement {
  /** As written: "content:encoded". */
  readonly name: string
  /** The namespace its prefix (or the default) stands for, '' for none; a feed may give a namespace any prefix. */
  readonly namespace: string
  /** Its name without the prefix: "encoded". */
  readonly local: string
  /** Names as written; values with their references decoded. */
  readonly attributes: ReadonlyMap<string, string>
  readonly children: readonly XmlNode[]
  /** Where its content begins and ends in the source: Atom's XHTML content is markup to be read as a page. */
  readonly inner: { readonly start: number; readonly end: number }
}

export type XmlNode = XmlElement | string

export const NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  rss1: 'http://purl.org/rss/1.0/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
} as const

/** The usual prefixes of the feed modules, for feeds that use them without declaring them. */
const WELL_KNOWN: Readonly<Record<string, string>> = { atom: NAMESPACES.atom, content: NAMESPACES.content, dc: NAMESPACES.dc, dcterms: NAMESPACES.dcterms, rdf: NAMESPACES.rdf }

interface Building {
  name: string
  namespace: string
  local: string
  attributes: Map<string, string>
  children: XmlNode[]
  inner: { start: number; end: number }
  /** Prefix to namespace, for this element and those inside it. */
  scope: ReadonlyMap<string, string>
}

// A comment, CDATA, a processing instruction, a declaration (a DOCTYPE, its internal subset in brackets), an end tag,
// a start tag, a tag cut short by the end of the file, text, a "<" that opens nothing.
const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<\?[\s\S]*?(?:\?>|$)|<![A-Za-z][^[>]*(?:\[[\s\S]*?\][^>]*)?(?:>|$)|<\/([^\s>]+)\s*>|<([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*(\/?)>|<[/A-Za-z_][^<>]*$|[^<]+|</gy
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g

/** The document's root element, or null when the text holds no element. */
export function parseXml(source: string): XmlElement | null {
  const top: Building = element('#document', new Map(), new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]), 0)
  const open: Building[] = [top]
  const token = new RegExp(TOKEN)
  for (let m = token.exec(source); m; m = token.exec(source)) {
    const [all, cdata, end, start, attributes, selfClosing] = m
    const current = open[open.length - 1]
    if (cdata !== undefined) current.children.push(cdata)
    else if (end !== undefined) closeUpTo(open, end, m.index)
    else if (start !== undefined) {
      const child = element(start, attributesOf(attributes), current.scope, token.lastIndex)
      current.children.push(child)
      if (selfClosing) child.inner.end = child.inner.start
      else open.push(child)
    } else if (!all.startsWith('<') || all === '<') current.children.push(decodeReferences(all))
  }
  for (const unclosed of open) if (unclosed.inner.end < 0) unclosed.inner.end = source.length
  return top.children.find((child): child is XmlElement => typeof child !== 'string') ?? null
}

function element(name: string, attributes: Map<string, string>, outer: ReadonlyMap<string, string>, start: number): Building {
  const declared = [...attributes].filter(([key]) => key === 'xmlns' || key.startsWith('xmlns:'))
  const scope = declared.length ? new Map([...outer, ...declared.map(([key, uri]): [string, string] => [key.slice(6), uri])]) : outer
  const colon = name.indexOf(':')
  const prefix = colon > 0 ? name.slice(0, colon) : ''
  return { name, namespace: scope.get(prefix) ?? WELL_KNOWN[prefix] ?? prefix, local: name.slice(colon + 1), attributes, children: [], inner: { start, end: -1 }, scope }
}

/** An end tag closes its element and any left open inside it; one that matches no open element is passed over. */
function closeUpTo(open: Building[], name: string, at: number): void {
  const index = open.findLastIndex((el) => el.name === name)
  if (index < 1) return
  for (const el of open.splice(index)) el.inner.end = at
}

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>()
  for (const [, name, double, single, bare] of text.matchAll(ATTRIBUTE)) attributes.set(name, decodeReferences(double ?? single ?? bare ?? ''))
  return attributes
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** XML's own five entities and numeric references; any other name is left as written (an HTML body decodes its own). */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return XML_ENTITIES[name]
    const code = dec ? Number(dec) : parseInt(hex!, 16)
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd'
  })
}

/** The element's child elements, of the given local name and one of the namespaces when given. */
export function childElements(el: XmlElement, local?: string, namespaces?: readonly string[]): XmlElement[] {
  return el.children.filter((child): child is XmlElement => typeof child !== 'string' && (local === undefined || child.local === local) && (!namespaces || namespaces.includes(child.namespace)))
}

export function firstChild(el: XmlElement, local: string, namespaces: readonly string[]): XmlElement | null {
  return childElements(el, local, namespaces)[0] ?? null
}

/** All the text inside an element, its CDATA as written. */
export function textOf(el: XmlElement | null): string {
  if (!el) return ''
  let text = ''
  // Iterative: a hostile file nested 100,000 deep must not overflow the stack.
  const stack: XmlNode[] = [el]
  while (stack.length) {
    const node = stack.pop()!
    if (typeof node === 'string') text += node
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
  }
  return text
}

/** The source between an element's tags: its markup as written. */
export function innerSource(source: string, el: XmlElement): string {
  return source.slice(el.inner.start, Math.max(el.inner.start, el.inner.end))
}

/** Depth-first in document order; `visit` returns whether to go into the node. Iterative: a hostile document nested
 * 100,000 deep must not overflow the stack. */
export function walkXml(root: XmlElement, visit: (node: XmlNode) => boolean): void {
  const stack: XmlNode[] = [root]
  while (stack.length) {
    const node = stack.pop()!
    if (!visit(node) || typeof node === 'string') continue
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
  }
}
