// Plain text: the optional ` date YYYY-MM-DD` marker on the first line, or a block of `Key: value` header
// lines (Title:, Date:, Source:, URL: ... as text exporters write them), then the page as saved.
import { DATE_MARKER } from '../dateline'
import type { SourceLine } from '../clean'
import { isoFromValue } from './md'
import type { ParsedArticle } from './types'

const HEADER = /^\s*(title|headline|date|published|publication date|pubdate|updated|source|outlet|publisher|site|url|link|author|by|byline)\s*:\s*(\S.*)$/i

export function parseTxt(file: string, text: string): ParsedArticle {
  const raw = text.split('\n')
  const lines: SourceLine[] = []
  const article: ParsedArticle = { file, lines, title: null, outlet: null, url: null, published: null, joined: text }
  const marker = DATE_MARKER.exec(raw[0] ?? '')
  let consumed = 0
  if (marker) {
    article.published = marker[1]
    lines.push({ text: marker[0].trimEnd(), kind: 'date' })
    const rest = raw[0].slice(marker[0].length)
    if (rest.trim()) lines.push({ text: rest })
    consumed = 1
  } else consumed = readEmailHeaders(raw, article) || readHeaderBlock(raw, article)
  for (const line of raw.slice(consumed)) lines.push({ text: line })
  return article
}

const EMAIL_HEADER = /^\s*(from|date|sent|subject|to|cc|reply-to)\s*:\s*(.*)$/i
/** How far down a forwarded newsletter's own headers may come (under the forwarder's headers and note). */
const EMAIL_TOP_LINES = 40

/**
 * A newsletter saved from a mailbox, perhaps forwarded ("---------- Forwarded message ---------", "-----Original
 * Message-----"): the innermost headers are the letter's own, its Date the publication, its Subject the title; what
 * stands above them (the forwarder's headers and note) is furniture. The lines read, or 0 when the text has no such headers.
 */
function readEmailHeaders(raw: string[], article: ParsedArticle): number {
  let block: { start: number; end: number } | null = null
  for (let n = 0; n < Math.min(raw.length, EMAIL_TOP_LINES); n++) {
    if (!EMAIL_HEADER.test(raw[n])) continue
    let end = n
    while (end < raw.length && EMAIL_HEADER.test(raw[end])) end++
    const keys = new Set(raw.slice(n, end).map((line) => EMAIL_HEADER.exec(line)![1].toLowerCase()))
    if (keys.has('from') && (keys.has('date') || keys.has('sent')) && keys.has('subject')) block = { start: n, end }
    n = end
  }
  if (!block) return 0
  for (const line of raw.slice(block.start, block.end)) {
    const [, key, value] = EMAIL_HEADER.exec(line)!
    const k = key.toLowerCase()
    if (k === 'subject') article.title = value.replace(/^(?:(?:fwd?|fw|re|aw|wg)\s*:\s*)+/i, '').trim() || null
    else if (k === 'date' || k === 'sent') article.published = isoFromValue(value)
  }
  for (const line of raw.slice(0, block.end)) article.lines.push({ text: line, kind: 'furniture', rule: 'metadata' })
  return block.end
}

/** Two or more `Key: value` lines at the very top are metadata, not text. */
function readHeaderBlock(raw: string[], article: ParsedArticle): number {
  let n = 0
  while (n < raw.length && n < 12 && HEADER.test(raw[n])) n++
  if (n < 2) return 0
  for (const line of raw.slice(0, n)) {
    const [, key, value] = HEADER.exec(line)!
    const k = key.toLowerCase()
    if (k === 'title' || k === 'headline') article.title ??= value.trim()
    else if (k === 'url' || k === 'link') article.url ??= value.trim()
    else if (k === 'source' || k === 'outlet' || k === 'publisher' || k === 'site') article.outlet ??= value.trim()
    else if (k === 'author' || k === 'by' || k === 'byline') {
      // An author is not a date or an outlet: nothing to keep but the furniture line.
    } else article.published ??= isoFromValue(value)
    article.lines.push({ text: line, kind: 'furniture', rule: 'metadata' })
  }
  return n
}
