// Word-processor documents a reader pasted an article into: Word's .docx (OOXML) and LibreOffice's .odt (ODF), both ZIP
// archives of XML. Their paragraphs become lines, read then as a .txt is; a paragraph styled as a caption is furniture;
// deleted revisions, field codes, comments, pictures and text boxes are passed over. The document's own title is the
// title; its dates are the reader's (when the document was written or saved), so the last save is only the day the
// article had appeared by, never its publication.
import type { SourceLine } from '../clean'
import { isoFromValue } from './md'
import { parseTxt } from './txt'
import type { ParsedArticle, ParseResult } from './types'
import { firstChild, parseXml, textOf, walkXml, type XmlElement } from './xml'
import { isZip, ZipError, zipEntries, zipText } from './zip'

const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const ODF_TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'
const DC = 'http://purl.org/dc/elements/1.1/'
const DCTERMS = 'http://purl.org/dc/terms/'
const ODF_META = 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0'
const ODF_OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0'

interface Paragraph {
  text: string
  caption: boolean
}

interface Reading {
  /** Where the document's paragraphs are, or null when the archive lacks it. */
  content: string
  meta: string | null
  paragraphs: (root: XmlElement) => Paragraph[]
  facts: (meta: XmlElement | null) => { title: string | null; saved: string | null }
}

export function parseDocx(file: string, bytes: Uint8Array): ParseResult {
  return parseOffice(file, bytes, 'a Word document', { content: 'word/document.xml', meta: 'docProps/core.xml', paragraphs: wordParagraphs, facts: coreFacts })
}

export function parseOdt(file: string, bytes: Uint8Array): ParseResult {
  return parseOffice(file, bytes, 'an OpenDocument text', { content: 'content.xml', meta: 'meta.xml', paragraphs: odfParagraphs, facts: odfFacts })
}

function parseOffice(file: string, bytes: Uint8Array, kind: string, reading: Reading): ParseResult {
  if (!isZip(bytes)) return { error: `not ${kind} (not a ZIP archive: perhaps an older binary format, or a misnamed file)` }
  let content: string | null
  let meta: string | null
  try {
    const entries = zipEntries(bytes)
    content = zipText(bytes, entries, reading.content)
    meta = reading.meta ? zipText(bytes, entries, reading.meta) : null
  } catch (error) {
    if (error instanceof ZipError) return { error: `${kind} that cannot be read: ${error.message}` }
    throw error
  }
  if (content === null) return { error: `${kind} without its text (no ${reading.content} in the archive)` }
  const root = parseXml(content)
  const paragraphs = root ? reading.paragraphs(root) : []
  if (!paragraphs.some((p) => p.text.trim())) return { error: `${kind} without text` }
  const facts = reading.facts(meta ? parseXml(meta) : null)
  return { articles: [documentArticle(file, paragraphs, facts)] }
}

function documentArticle(file: string, paragraphs: Paragraph[], facts: { title: string | null; saved: string | null }): ParsedArticle {
  const article = parseTxt(file, paragraphs.map((p) => p.text).join('\n'))
  const captions = new Set(paragraphs.filter((p) => p.caption && p.text.trim()).map((p) => p.text))
  const lines: SourceLine[] = article.lines.map((line) => (captions.has(line.text) && !line.kind ? { text: line.text, kind: 'furniture', rule: 'photo caption' } : line))
  return { ...article, lines, title: facts.title ?? article.title, updated: facts.saved }
}

/** Elements whose words are not the text a reader sees in the body. */
const WORD_SKIP = new Set(['delText', 'instrText', 'drawing', 'pict', 'object', 'txbxContent', 'commentReference', 'footnoteReference', 'endnoteReference', 'fldData'])

function wordParagraphs(root: XmlElement): Paragraph[] {
  const body = descendant(root, 'body', WORD) ?? root
  return paragraphsOf(body, (el) => el.namespace === WORD && el.local === 'p', (el) => {
    const style = descendant(el, 'pStyle', WORD)?.attributes.get('w:val') ?? ''
    return { text: wordText(el), caption: /caption/i.test(style) }
  })
}

function wordText(paragraph: XmlElement): string {
  let text = ''
  walkXml(paragraph, (node) => {
    if (typeof node === 'string') return false
    if (node.namespace !== WORD) return true
    if (WORD_SKIP.has(node.local)) return false
    if (node.local === 't') text += textOf(node)
    else if (node.local === 'tab') text += ' '
    else if (node.local === 'br' || node.local === 'cr') text += node.attributes.get('w:type') === 'page' ? '' : ' '
    else if (node.local === 'noBreakHyphen') text += '-'
    return node.local !== 't'
  })
  return text.replace(/\s+/g, ' ').trim()
}

const ODF_SKIP = new Set(['note', 'annotation', 'tracked-changes', 'frame', 'sequence-decls', 'variable-decls', 'bookmark-ref'])

function odfParagraphs(root: XmlElement): Paragraph[] {
  const body = descendant(root, 'text', ODF_OFFICE) ?? root
  return paragraphsOf(body, (el) => el.namespace === ODF_TEXT && (el.local === 'p' || el.local === 'h'), (el) => ({
    text: odfText(el),
    caption: /caption|illustration|figure/i.test(el.attributes.get('text:style-name') ?? ''),
  }))
}

function odfText(paragraph: XmlElement): string {
  let text = ''
  walkXml(paragraph, (node) => {
    if (typeof node === 'string') {
      text += node.replace(/\s+/g, ' ')
      return false
    }
    if (node.namespace !== ODF_TEXT && node !== paragraph) return !/^(?:frame|annotation)$/.test(node.local)
    if (ODF_SKIP.has(node.local)) return false
    if (node.local === 's') text += ' '.repeat(Math.min(Number(node.attributes.get('text:c') ?? 1) || 1, 8))
    else if (node.local === 'tab' || node.local === 'line-break') text += ' '
    return true
  })
  return text.replace(/\s+/g, ' ').trim()
}

function coreFacts(meta: XmlElement | null): { title: string | null; saved: string | null } {
  if (!meta) return { title: null, saved: null }
  return { title: textOf(firstChild(meta, 'title', [DC])).trim() || null, saved: dayOf(textOf(firstChild(meta, 'modified', [DCTERMS]))) }
}

function odfFacts(meta: XmlElement | null): { title: string | null; saved: string | null } {
  const inner = meta && descendant(meta, 'meta', ODF_OFFICE)
  if (!inner) return { title: null, saved: null }
  return { title: textOf(firstChild(inner, 'title', [DC])).trim() || null, saved: dayOf(textOf(firstChild(inner, 'date', [DC]))) }
}

function dayOf(value: string): string | null {
  return value.trim() ? isoFromValue(value.trim()) : null
}

/** The paragraphs in document order, a table cell's or a list item's among them; nested ones are not read twice. */
function paragraphsOf(root: XmlElement, isParagraph: (el: XmlElement) => boolean, read: (el: XmlElement) => Paragraph): Paragraph[] {
  const out: Paragraph[] = []
  walkXml(root, (node) => {
    if (typeof node === 'string') return false
    if (node !== root && isParagraph(node)) {
      out.push(read(node))
      return false
    }
    return !(node.namespace === WORD && WORD_SKIP.has(node.local))
  })
  return out
}

function descendant(root: XmlElement, local: string, namespace: string): XmlElement | null {
  let found: XmlElement | null = null
  walkXml(root, (node) => {
    if (found || typeof node === 'string') return false
    if (node.local === local && node.namespace === namespace) found = node
    return !found
  })
  return found
}
