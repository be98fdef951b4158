// A spreadsheet of articles (.csv, .tsv): a media-monitoring tool's export (Meltwater, Cision, Talkwalker), a scraper's
// table. The header names the columns; each row with article text is an article (`file#n`, or the file itself when it is
// the one story). The delimiter is the header's (comma, tab or semicolon); quoted cells may span lines.
import type { SourceLine } from '../clean'
import { decodeBytes, normalizeText } from '../decode'
import { namedAsFile, type ListEntry } from './list'
import { isoFromValue } from './md'
import type { ParseResult } from './types'

// Columns by what they hold, the most telling first: a full text beats its opening, which beats a snippet.
const TEXT = ['full text', 'fulltext', 'article text', 'body', 'content', 'text', 'article', 'story', 'opening text', 'summary', 'hit sentence', 'snippet']
const TITLE = ['headline', 'title', 'article title', 'heading', 'subject']
const OUTLET = ['source', 'source name', 'outlet', 'publication', 'media outlet', 'publisher', 'media', 'site', 'source title', 'news source']
const DATE = ['published date', 'publish date', 'publication date', 'date published', 'published', 'pubdate', 'date', 'published at', 'date & time']
const URL = ['url', 'link', 'article url', 'source url', 'permalink']

/** A row needs so much text to be an article: a one-line "Hit Sentence" is a mention, not the story. */
const MIN_TEXT = 200

/** From the file's bytes: a tab-separated export's tabs must reach the reader, which the text's normalizing turns to spaces. */
export function parseCsvBytes(file: string, bytes: Uint8Array): ParseResult {
  const decoded = decodeBytes(bytes)
  return decoded.ok ? parseCsv(file, decoded.text.replace(/^\ufeff/, '')) : { error: decoded.reason }
}

export function parseCsv(file: string, text: string): ParseResult {
  const rows = csvRows(text.replace(/\r\n?/g, '\n')).map((row) => row.map((cell) => normalizeText(cell)))
  const header = rows[0]?.map((cell) => cell.trim().toLowerCase().replace(/\s+/g, ' '))
  if (!header || rows.length < 2) return { error: 'a spreadsheet without rows of articles' }
  const column = (names: readonly string[]): number => names.map((name) => header.indexOf(name)).find((i) => i >= 0) ?? -1
  const textColumns = TEXT.map((name) => header.indexOf(name)).filter((i) => i >= 0)
  if (!textColumns.length) return { error: `not an article file (a spreadsheet without a column of article text; its columns: ${header.slice(0, 8).join(', ')})` }
  const [title, outlet, date, url] = [column(TITLE), column(OUTLET), column(DATE), column(URL)]
  const dayFirst = dayFirstDates(rows.slice(1).map((row) => row[date] ?? ''))
  const entries: ListEntry[] = []
  rows.slice(1).forEach((row, i) => {
    const body = textColumns.map((c) => row[c]?.trim() ?? '').find((cell) => cell.length >= MIN_TEXT)
    if (!body) return
    const lines: SourceLine[] = normalizeText(body).split('\n').map((line) => ({ text: line }))
    entries.push({
      length: body.length,
      article: {
        file: `${file}#${i + 1}`,
        lines,
        title: row[title]?.trim() || null,
        outlet: row[outlet]?.trim() || null,
        url: row[url]?.trim() || null,
        published: date >= 0 ? dayOf(row[date] ?? '', dayFirst) : null,
      },
    })
  })
  if (!entries.length) return { error: 'a spreadsheet without article text (no row has more than a line of it)' }
  return { articles: namedAsFile(file, entries) }
}

/** The rows' cells, RFC 4180: quoted cells with "" for a quote and line breaks inside; the header's delimiter. */
export function csvRows(text: string): string[][] {
  const firstLine = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length)
  const delimiter = [',', '\t', ';'].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0][0]
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++
      else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"' && !cell.trim()) (quoted = true), (cell = '')
    else if (c === delimiter) row.push(cell), (cell = '')
    else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''))
      if (row.some((value) => value.trim())) rows.push(row)
      row = []
      cell = ''
    } else cell += c
  }
  row.push(cell)
  if (row.some((value) => value.trim())) rows.push(row)
  return rows
}

const NUMERIC_DAY = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/

/** Whether the column writes "15/11/2020" (day first, as most of the world) rather than "11/15/2020": what its values show. */
function dayFirstDates(values: readonly string[]): boolean {
  for (const value of values) {
    const m = NUMERIC_DAY.exec(value)
    if (m && Number(m[1]) > 12) return true
    if (m && Number(m[2]) > 12) return false
  }
  return true
}

function dayOf(value: string, dayFirst: boolean): string | null {
  const m = NUMERIC_DAY.exec(value)
  if (!m) return value.trim() ? isoFromValue(value.trim()) : null
  const [day, month] = dayFirst ? [m[1], m[2]] : [m[2], m[1]]
  return isoFromValue(`${m[3]}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`)
}
