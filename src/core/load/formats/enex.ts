// Evernote's export (.enex): notes, each a clipped page or a note of the reader's own, its content ENML (XHTML in an
// <en-note>) read as a page is. A note's <created> and <updated> are when the reader clipped and last edited it, not
// when the article appeared: the publication date is the page's own, if it prints one. Its <source-url> is the address.
import { parseHtml } from './html'
import { namedAsFile, type ListEntry } from './list'
import type { ParsedArticle, ParseResult } from './types'
import { childElements, firstChild, parseXml, textOf, type XmlElement } from './xml'

export function parseEnex(file: string, text: string): ParseResult {
  const root = parseXml(text)
  if (!root || root.local !== 'en-export') return { error: 'not an Evernote export (no <en-export> element)' }
  return notesOf(file, root)
}

/** The notes of an export, each an article (`file#n`), or the file itself when it holds one. */
export function notesOf(file: string, root: XmlElement): ParseResult {
  const notes = childElements(root, 'note')
  const entries: ListEntry[] = notes.flatMap((note, i) => {
    const article = noteArticle(`${file}#${i + 1}`, note)
    return article ? [{ article, length: article.lines.reduce((sum, line) => sum + (line.kind ? 0 : line.text.length), 0) }] : []
  })
  if (!entries.length) return { error: notes.length ? 'an Evernote export whose notes have no text' : 'an Evernote export without notes' }
  return { articles: namedAsFile(file, entries) }
}

function noteArticle(file: string, note: XmlElement): ParsedArticle | null {
  const title = textOf(firstChild(note, 'title', [''])).trim()
  const parsed = parseHtml(file, pageOf(title, textOf(firstChild(note, 'content', ['']))))
  if ('error' in parsed) return null
  const attributes = firstChild(note, 'note-attributes', [''])
  const source = attributes ? textOf(firstChild(attributes, 'source-url', [''])).trim() : ''
  // The note's <author> is whoever made the note (the reader, or a clipper's setting): no outlet, and no date of it is the article's.
  const article = parsed.articles[0]
  const lines = article.lines.map((line) => (!line.kind && CLIPPER_LINE.test(line.text) ? { ...line, kind: 'furniture' as const, rule: 'clipper' } : line))
  return { ...article, lines, url: article.url ?? (/^https?:\/\//i.test(source) ? source : null) }
}

/** The clipper's note of where the page came from ("Clipped from energydesk-europe.example"). */
const CLIPPER_LINE = /^\s*Clipped (?:from|on)\b.{0,120}$/i

/** The note's ENML as a page titled by the note: its <en-note> a <div>, encrypted passages and attachments left out. */
function pageOf(title: string, enml: string): string {
  const body = enml
    .replace(/<\?xml[\s\S]*?\?>|<!DOCTYPE[^>]*>/gi, '')
    .replace(/<en-crypt\b[\s\S]*?<\/en-crypt\s*>/gi, '')
    .replace(/<(\/?)en-note\b/gi, '<$1div')
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
