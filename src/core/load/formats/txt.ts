// Plain text: the optional ` date YYYY-MM-DD` marker on the first line, or a block of `Key: value` header
// lines (Title:, Date:, Source:, URL: ... as text exporters write them), then the page as saved; or a press database's
// export (Factiva's fields, LexisNexis's layout).
import { DATE_MARKER } from '../dateline'
import type { SourceLine } from '../clean'
import { isoFromValue } from './md'
import type { ParsedArticle } from './types'

const HEADER = /^\s*(title|headline|date|published|publication date|pubdate|updated|source|outlet|publisher|site|url|link|author|by|byline|slug|section|desk|page|edition|words|word count|length|notes|keywords|category|priority|status|distribution)\s*:\s*(\S.*)$/i
// An archive system's or a wire desk's fields about the copy ("SLUG: CUBA-UN-VOTE-REAX", "PAGE: B1", "WORDS: 515"): furniture.
const ABOUT_THE_COPY = new Set(['author', 'by', 'byline', 'slug', 'section', 'desk', 'page', 'edition', 'words', 'word count', 'length', 'notes', 'keywords', 'category', 'priority', 'status', 'distribution'])

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
  }
  if (readFactiva(raw.slice(consumed), article) || readLexis(raw.slice(consumed), article)) return article
  if (!marker) consumed = readEmailHeaders(raw, article) || readHeaderBlock(raw, article)
  for (const line of raw.slice(consumed)) lines.push({ text: line })
  return article
}

// A press database's export in Factiva's fields, each code on a line of its own or before its value: HD the headline, BY
// the byline, PD the day, SN the source, LP and TD the lead and the text; the rest (CO, IN, NS, RE, AN ...) is indexing.
const FACTIVA_FIELD = /^(HD|BY|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD|CT|RF|CO|IN|NS|RE|IPC|IPD|PUB|AN|ART|CR|SE|CLM|VOL|NGC)(?:\s+(\S.*))?$/
const FACTIVA_TEXT = new Set(['LP', 'TD'])

/** A Factiva export: its fields read, its text's lines kept and the rest marked furniture. False when the text is none. */
function readFactiva(raw: string[], article: ParsedArticle): boolean {
  const codes = new Set(raw.slice(0, 60).map((line) => FACTIVA_FIELD.exec(line.trim())?.[1]).filter((code) => code))
  if (!codes.has('HD') || !(codes.has('LP') || codes.has('TD')) || codes.size < 4) return false
  let field = ''
  for (const line of raw) {
    const code = FACTIVA_FIELD.exec(line.trim())
    const value = code ? (code[2] ?? '') : line.trim()
    if (code) field = code[1]
    if (value) {
      if (field === 'HD') article.title ??= value
      else if (field === 'SN') article.outlet ??= value
      else if (field === 'PD') article.published ??= isoFromValue(value)
    }
    if (code || !FACTIVA_TEXT.has(field)) article.lines.push({ text: line, kind: 'furniture', rule: 'metadata' })
    else article.lines.push({ text: line })
  }
  return true
}

// A legal and news database's export in LexisNexis's layout: the headline, the source, perhaps the day ("August 30, 2023
// Wednesday"), then labelled lines (Copyright, Section, Length, Byline, Dateline, Highlight), "Body", the text, and after it
// "Load-Date:", the day the database took the article in (after its publication), and "End of Document".
const LEXIS_LABEL = /^(?:Copyright|Section|Length|Byline|Dateline|Highlight|Language|Publication-Type|Journal-Code|Graphic|Correction|Subject|Geographic|Organization|Person|Industry|Classification|Load-Date|Document-Type|Publication type|Notes)\b\s*:?/
const LEXIS_END = /^(?:Load-Date|Classification|End of Document)\b/
const LEXIS_TOP_LINES = 40
// The older layout numbers each document of the export above it: "1 of 15 DOCUMENTS".
const LEXIS_COUNT = /^\d+ of \d+ DOCUMENTS?$/i

/** A LexisNexis export: its headline, source and day read, its body kept, the rest marked furniture. False when the text is none. */
function readLexis(raw: string[], article: ParsedArticle): boolean {
  const body = raw.slice(0, LEXIS_TOP_LINES).findIndex((line) => line.trim() === 'Body')
  if (body < 0 || !raw.slice(0, body).some((line) => /^Length:\s*\d+\s+words/.test(line.trim()))) return false
  const top = raw.slice(0, body).map((line) => line.trim()).filter((line) => line && !LEXIS_LABEL.test(line) && !LEXIS_COUNT.test(line))
  article.title = top[0] ?? null
  article.outlet = top[1] ?? null
  const day = top.slice(2).map((line) => isoFromValue(line)).find((d) => d)
  if (day) article.published = day
  let ended = false
  raw.forEach((line, n) => {
    if (n > body && LEXIS_END.test(line.trim())) ended = true
    // "Load-Date: September 2, 2023": when the database had it, so it was published by then.
    if (/^Load-Date\b/.test(line.trim())) article.lines.push({ text: line, kind: 'furniture', rule: 'save stamp' })
    else if (n <= body || ended) article.lines.push({ text: line, kind: 'furniture', rule: 'metadata' })
    else article.lines.push({ text: line })
  })
  return true
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
    else if (ABOUT_THE_COPY.has(k)) {
      // Not a date or an outlet: nothing to keep but the furniture line.
    } else article.published ??= isoFromValue(value)
    article.lines.push({ text: line, kind: 'furniture', rule: 'metadata' })
  }
  return n
}
