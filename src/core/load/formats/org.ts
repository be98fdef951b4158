// An Org-mode note a reader captured an article into (org-protocol, org-web-tools, org-roam): "#+TITLE:" and other
// keywords, a properties drawer with the page's :URL: and the moment of capture, then the article in Org markup. The
// keywords and drawers are furniture; a "#+CAPTION:" is a photo caption; links keep their words. The capture's and the
// note's dates are the reader's, so only a bound on the article's day; a :PUBLISHED: property is the article's.
import type { SourceLine } from '../clean'
import { isoFromValue } from './md'
import type { ParseResult } from './types'

const KEYWORD = /^\s*#\+([A-Za-z_]+):\s*(.*)$/
const BLOCK_MARK = /^\s*#\+(?:begin|end)_\w+/i
const DRAWER_START = /^\s*:(?:PROPERTIES|LOGBOOK|[A-Z]+):\s*$/
const DRAWER_END = /^\s*:END:\s*$/i
const PROPERTY = /^\s*:([\w-]+):\s*(.*)$/
const HEADING = /^(\*+)\s+(?:(?:TODO|DONE|NEXT|WAITING|HOLD|CANCELLED)\s+)?(?:\[#[A-Z]\]\s+)?(.*?)(?:\s+:[\w@#%:]+:)?\s*$/
const IMAGE_LINK = /^\s*\[\[(?:file:|https?:)[^\]]*\.(?:png|jpe?g|gif|webp|svg)\](?:\[[^\]]*\])?\]\s*$/i
const LIST_ITEM = /^\s*(?:[-+]|\d+[.)])\s+/
const PUBLISHED_KEYS = ['published', 'date_published', 'publication_date', 'pubdate']
const READER_KEYS = ['captured', 'created', 'date', 'added']

export function parseOrg(file: string, text: string): ParseResult {
  const lines: SourceLine[] = []
  const fields = new Map<string, string>()
  let drawer = false
  let firstHeading: string | null = null
  let headings = 0
  // Org text is filled at 70 or so columns: a paragraph's lines (or a list item's) are joined again.
  let paragraph: string[] = []
  const flush = (): void => {
    if (paragraph.length) lines.push({ text: paragraph.join(' ') })
    paragraph = []
  }
  for (const raw of text.split('\n')) {
    const body = !drawer && !DRAWER_START.test(raw) && !KEYWORD.exec(raw) && !BLOCK_MARK.test(raw) && !/^\s*#(?:\s|$)/.test(raw) && !IMAGE_LINK.test(raw) && !HEADING.test(raw)
    if (body && raw.trim()) {
      if (LIST_ITEM.test(raw)) flush()
      paragraph.push(stripOrg(raw).trim())
      continue
    }
    flush()
    if (!raw.trim()) {
      lines.push({ text: '' })
      continue
    }
    if (drawer) {
      if (DRAWER_END.test(raw)) drawer = false
      else {
        const property = PROPERTY.exec(raw)
        if (property && !fields.has(property[1].toLowerCase())) fields.set(property[1].toLowerCase(), property[2].trim())
      }
      lines.push({ text: raw, kind: 'furniture', rule: 'metadata' })
      continue
    }
    if (DRAWER_START.test(raw)) {
      drawer = true
      lines.push({ text: raw, kind: 'furniture', rule: 'metadata' })
      continue
    }
    const keyword = KEYWORD.exec(raw)
    if (keyword && !BLOCK_MARK.test(raw)) {
      const key = keyword[1].toLowerCase()
      if (key === 'caption') lines.push({ text: stripOrg(keyword[2]), kind: 'furniture', rule: 'photo caption' })
      else {
        if (!fields.has(key)) fields.set(key, keyword[2].trim())
        lines.push({ text: raw, kind: 'furniture', rule: 'metadata' })
      }
      continue
    }
    if (BLOCK_MARK.test(raw) || /^\s*#(?:\s|$)/.test(raw)) {
      lines.push({ text: raw, kind: 'furniture', rule: 'markup' })
      continue
    }
    if (IMAGE_LINK.test(raw)) {
      lines.push({ text: raw, kind: 'furniture', rule: 'image' })
      continue
    }
    const heading = HEADING.exec(raw)
    if (heading) {
      headings++
      const words = stripOrg(heading[2])
      if (heading[1].length === 1) firstHeading ??= words
      lines.push({ text: words })
      continue
    }
  }
  flush()
  const field = (keys: string[]): string | null => keys.map((key) => fields.get(key)).find((value) => value) ?? null
  const source = field(['source'])
  const url = field(['url', 'link', 'roam_refs', 'ref']) ?? (source && /^https?:\/\//.test(source) ? source : null)
  const published = field(PUBLISHED_KEYS)
  const reader = READER_KEYS.map((key) => fields.get(key)).map((value) => (value ? orgDay(value) : null)).filter((d): d is string => !!d).sort()[0] ?? null
  return {
    articles: [
      {
        file,
        lines,
        title: field(['title']) ?? (headings === 1 ? firstHeading : null),
        outlet: field(['publisher', 'site', 'outlet']) ?? (source && !/^https?:\/\//.test(source) ? source : null),
        url: url ? url.replace(/^\[\[([^\]]+)\](?:\[[^\]]*\])?\]$/, '$1') : null,
        published: published ? orgDay(published) : null,
        updated: reader,
      },
    ],
  }
}

/** "<2024-03-12 Tue>", "[2024-03-12 Tue 10:15]" or any date a page prints. */
function orgDay(value: string): string | null {
  const stamp = /(\d{4}-\d{2}-\d{2})/.exec(value)
  return isoFromValue(stamp ? stamp[1] : value)
}

/** Links keep their words, emphasis its text; footnote marks, statistics cookies and list bullets go. */
export function stripOrg(line: string): string {
  return line
    .replace(/^\s*(?:[-+]|\d+[.)])\s+(?:\[[ X-]\]\s+)?/, '')
    .replace(/\[\[([^\]]+)\]\[([^\]]*)\]\]/g, '$2')
    .replace(/\[\[([^\]]+)\]\]/g, '$1')
    .replace(/\[fn:[^\]]*\]/g, '')
    .replace(/\[\d*(?:%|\/\d*)\]/g, '')
    .replace(/(^|[\s(“"‘'-])([*/=~+_])(?=\S)(.+?)(?<=\S)\2(?=$|[\s.,;:!?)”"’'-])/g, '$1$3')
}
