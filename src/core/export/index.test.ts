import { describe, expect, it } from 'vitest'
import type { ExportFormat } from '../../shared/ipc'
import type { Timeline } from '../../shared/model'
import { seedsTimeline } from './fixtures/load'
import { exportFileName, exportTimeline, filterTimeline } from './index'

const now = new Date('2026-03-04T10:00:00Z')
const decode = (base64: string): Buffer => Buffer.from(base64, 'base64')

describe('exportTimeline', () => {
  const timeline = seedsTimeline()

  it.each([
    ['png', 'image/png', 'timeline-seeds-2026-03-04.png'],
    ['svg', 'image/svg+xml', 'timeline-seeds-2026-03-04.svg'],
    ['json', 'application/json', 'timeline-seeds-2026-03-04.json'],
    ['csv', 'text/csv', 'timeline-seeds-2026-03-04.csv'],
    ['timelinejs', 'application/json', 'timeline-seeds-2026-03-04.timelinejs.json'],
  ] as [ExportFormat, string, string][])('%s: name, type and decodable content', async (format, mimeType, fileName) => {
    const file = await exportTimeline(timeline, { format }, { now })
    expect(file.mimeType).toBe(mimeType)
    expect(file.fileName).toBe(fileName)
    const bytes = decode(file.base64)
    if (format === 'png') expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
    else if (format === 'svg') expect(bytes.toString('utf8')).toMatch(/^<svg /)
    else if (format === 'csv') expect(bytes.toString('utf8').split('\r\n')[0]).toBe('\uFEFFitem id,story,type,start,end,precision,planned,title,speaker,role,quote,outlet,article file,published,source sentence')
    else expect(JSON.parse(bytes.toString('utf8'))).toBeTypeOf('object')
  })

  it('applies the filters, the width and the title', async () => {
    const png = decode((await exportTimeline(timeline, { format: 'png', width: 3000 }, { now })).base64)
    expect(png.readUInt32BE(16)).toBe(3000)
    const json = JSON.parse(decode((await exportTimeline(timeline, { format: 'json', itemIds: ['i6'] }, { now })).base64).toString('utf8')) as Timeline
    expect(json.items.map((i) => i.id)).toEqual(['i6'])
    // The format's folder is the absolute path (OUTPUT.md); the main-process tests rely on it.
    expect(json.folder).toBe(timeline.folder)
    const svg = await exportTimeline(timeline, { format: 'svg', itemIds: ['i6'], title: 'Kremlin: “important”' }, { now })
    expect(svg.fileName).toBe('timeline-kremlin-important-2026-03-04.svg')
    expect(decode(svg.base64).toString('utf8')).toContain('Kremlin: “important”')
  })

  it('exports only the items in the view range, in every format', async () => {
    const range = { start: '2021-12-26', end: '2021-12-26T23:59:59Z' }
    const json = JSON.parse(decode((await exportTimeline(timeline, { format: 'json', range }, { now })).base64).toString('utf8')) as Timeline
    // Grushko and Putin spoke on Sunday 26 Dec; Lavrov's "last week" window (20-26 Dec) overlaps it.
    expect(json.items.map((i) => i.id).sort()).toEqual(['i11', 'i13', 'i3', 'i9'])
    const csv = decode((await exportTimeline(timeline, { format: 'csv', range, itemIds: ['i9', 'i1'] }, { now })).base64).toString('utf8')
    expect(csv.split('\r\n').filter((line) => /^i\d/.test(line)).map((line) => line.split(',')[0])).toEqual(['i9'])
  })

  it('names the file after the story when one story is exported', () => {
    expect(exportFileName(timeline, { format: 'csv', itemIds: ['i16'] }, now)).toBe('timeline-afghan-tajik-border-2026-03-04.csv')
    expect(exportFileName({ ...timeline, folder: 'C:\\news\\Ёлка & co' }, { format: 'csv' }, now)).toBe('timeline-елка-co-2026-03-04.csv')
    expect(exportFileName({ ...timeline, folder: '/' }, { format: 'csv' }, now)).toBe('timeline-export-2026-03-04.csv')
  })
})

describe('filterTimeline', () => {
  it('keeps the chosen items, the articles they cite and their stories', () => {
    const out = filterTimeline(seedsTimeline(), ['i9', 'i16'])
    expect(out.items.map((i) => i.id)).toEqual(['i9', 'i16'])
    expect(out.articles.map((a) => a.id)).toEqual(['a1', 'a2'])
    expect(out.stories.map((s) => [s.id, s.articleIds])).toEqual([
      ['s1', ['a1', 'a2']],
      ['s2', ['a2']],
    ])
  })

  it('returns the whole timeline when no items are chosen', () => {
    const timeline = seedsTimeline()
    expect(filterTimeline(timeline)).toBe(timeline)
  })
})
