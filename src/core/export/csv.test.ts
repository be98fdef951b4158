import { describe, expect, it } from 'vitest'
import { CSV_COLUMNS, csvCell, toCsv } from './csv'
import { seedsTimeline } from './fixtures/load'

/** RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') {
      if (cell !== '') throw new Error(`quote inside an unquoted field at ${i}`)
      quoted = true
    } else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else if (c === '\n' || c === '\r') throw new Error(`bare line break outside quotes at ${i}`)
    else cell += c
  }
  if (quoted) throw new Error('unterminated quoted field')
  if (cell !== '' || row.length) throw new Error('last record does not end in CRLF')
  return rows
}

describe('toCsv', () => {
  const timeline = seedsTimeline()
  const csv = toCsv(timeline)
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''))

  it('starts with a BOM and the header', () => {
    expect(csv.startsWith('\uFEFFitem id,story,type,')).toBe(true)
    expect(header).toEqual([...CSV_COLUMNS])
  })

  it('has one row per item and source, each with every column', () => {
    const expected = timeline.items.reduce((n, item) => n + Math.max(1, item.sources.length), 0)
    expect(rows).toHaveLength(expected)
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length)
  })

  it('round-trips the source sentences, quotes and commas included', () => {
    const col = (name: (typeof CSV_COLUMNS)[number]): number => CSV_COLUMNS.indexOf(name)
    const peskov = rows.filter((r) => r[col('item id')] === 'i6')
    expect(peskov.map((r) => r[col('outlet')])).toEqual(['', 'Business Standard', 'Financial Express', 'Press TV'])
    const item = timeline.items.find((i) => i.id === 'i6')
    expect(peskov.map((r) => r[col('source sentence')])).toEqual(item?.sources.map((s) => s.text))
    expect(peskov[0][col('speaker')]).toBe('Dmitry Peskov')
    expect(peskov[0][col('story')]).toBe('Russia seeks security guarantees: talks with the US and NATO')
    const planned = rows.find((r) => r[col('item id')] === 'i5')
    expect(planned?.[col('planned')]).toBe('yes')
    expect(planned?.[col('start')]).toBe('2022-01-12')
  })

  it('keeps only the chosen items', () => {
    const [, ...some] = parseCsv(toCsv(timeline, ['i9', 'i16']).slice(1))
    expect(some.map((r) => r[0])).toEqual(['i9', 'i16'])
  })

  it('keeps an item without sources as one row', () => {
    const bare = { ...timeline, items: [{ ...timeline.items[0], sources: [] }] }
    const [, ...only] = parseCsv(toCsv(bare).slice(1))
    expect(only).toHaveLength(1)
    expect(only[0][CSV_COLUMNS.indexOf('title')]).toBe(timeline.items[0].title)
  })

  it('defuses spreadsheet formulas and survives line breaks', () => {
    const evil = { ...timeline, items: [{ ...timeline.items[0], title: '=HYPERLINK("http://x","click")', speaker: '@SUM(A1)', quote: 'line one\nline "two", \r\nthree', role: '-2+3' }] }
    const [, first] = parseCsv(toCsv(evil).slice(1))
    expect(first[CSV_COLUMNS.indexOf('title')]).toBe(`'=HYPERLINK("http://x","click")`)
    expect(first[CSV_COLUMNS.indexOf('speaker')]).toBe(`'@SUM(A1)`)
    expect(first[CSV_COLUMNS.indexOf('role')]).toBe(`'-2+3`)
    expect(first[CSV_COLUMNS.indexOf('quote')]).toBe('line one\nline "two", \r\nthree')
  })

  it.each([
    ['plain', 'Lavrov', 'Lavrov'],
    ['comma', 'a,b', '"a,b"'],
    ['quote', 'say "no"', '"say ""no"""'],
    ['plus', '+7 495', `'+7 495`],
    ['tab', '\tx', `'\tx`],
    ['empty', null, ''],
  ])('csvCell %s', (_, input, expected) => {
    expect(csvCell(input)).toBe(expected)
  })
})
