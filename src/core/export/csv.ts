// One CSV row per (item, source): the table a journalist sorts and filters in a spreadsheet.
import type { Item, Timeline } from '../../shared/model'
import { selectItems } from './select'

export const CSV_COLUMNS = [
  'item id',
  'story',
  'type',
  'start',
  'end',
  'precision',
  'planned',
  'title',
  'speaker',
  'role',
  'quote',
  'outlet',
  'article file',
  'published',
  'source sentence',
] as const

/** Cells a spreadsheet would run as a formula (OWASP "CSV injection") get a leading quote. */
const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: string | null | undefined): string {
  let cell = value ?? ''
  if (FORMULA_START.test(cell)) cell = `'${cell}`
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
}

/** RFC 4180 CSV (CRLF line ends), with a UTF-8 byte order mark so spreadsheets read Cyrillic and quotes right. */
export function toCsv(timeline: Timeline, itemIds?: readonly string[]): string {
  const articles = new Map(timeline.articles.map((a) => [a.id, a]))
  const stories = new Map(timeline.stories.map((s) => [s.id, s.title]))
  const { items, undated } = selectItems(timeline, itemIds)
  const rows: string[][] = [[...CSV_COLUMNS]]
  const rowsOf = (item: Item): void => {
    const common = [
      item.id,
      stories.get(item.storyId) ?? item.storyId,
      item.type,
      item.start,
      item.end,
      item.precision,
      item.planned ? 'yes' : 'no',
      item.title,
      item.speaker ?? '',
      item.role ?? '',
      item.quote ?? '',
    ]
    // An item without sources still gets its row: dropping it would hide it from the table.
    const sources = item.sources.length ? item.sources : [null]
    for (const source of sources) {
      const article = source ? articles.get(source.articleId) : undefined
      rows.push([...common, article?.outlet ?? '', article?.file ?? source?.articleId ?? '', article?.published ?? '', source?.text ?? ''])
    }
  }
  for (const { item } of items) rowsOf(item)
  for (const item of undated) rowsOf(item)
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
