import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Timeline } from '../../shared/model'
import { seedsTimeline } from './fixtures/load'
import { exportTimeline } from './index'
import { renderPdf, svgSize } from './pdf'
import { renderFont } from './png'
import { renderTimelineSvg } from './svg'

const dir = mkdtempSync(join(tmpdir(), 'export-pdf-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const poppler = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' })
const noPoppler = poppler.error ? 'pdftotext is not installed (apt-get install poppler-utils)' : null

function pdfTool(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts', pdf: Uint8Array, name: string): string {
  const file = join(dir, name)
  writeFileSync(file, pdf)
  return execFileSync(tool, tool === 'pdftotext' ? [file, '-'] : [file], { encoding: 'utf8' })
}

/** The latin1 view of the file: enough to read PDF's own structure (not its compressed streams). */
const structure = (pdf: Uint8Array): string => Buffer.from(pdf).toString('latin1')

/** The seeds with one speaker in Cyrillic: a name outside Helvetica's character set. */
function withCyrillicSpeaker(): Timeline {
  const timeline = seedsTimeline()
  const item = timeline.items.find((i) => i.speaker === 'Dmitry Peskov')!
  item.speaker = 'Дмитрий Песков'
  return timeline
}

describe('renderPdf', () => {
  const font = renderFont()
  const svg = renderTimelineSvg(seedsTimeline(), { font: font?.metrics })

  it('is one PDF page of the drawing’s size', async () => {
    const pdf = await renderPdf(svg)
    expect(structure(pdf.slice(0, 5))).toBe('%PDF-')
    const { width, height } = svgSize(svg)
    const pages = structure(pdf).match(/\/Type \/Page\b/g) ?? []
    expect(pages).toHaveLength(1)
    expect(structure(pdf)).toContain(`/MediaBox [0 0 ${width} ${height}]`)
  })

  it.skipIf(noPoppler)('keeps the speakers, titles and sources as text', async () => {
    const text = pdfTool('pdftotext', await renderPdf(svg), 'seeds.pdf').replace(/\s+/g, ' ')
    for (const speaker of new Set(seedsTimeline().items.map((i) => i.speaker).filter((s) => s !== null))) expect(text).toContain(speaker)
    expect(text).toContain('Timeline: seeds')
    expect(text).toContain('Sources')
  })

  it.skipIf(noPoppler || !font)('embeds the PNG’s font, so names in other scripts are drawn', async () => {
    const timeline = withCyrillicSpeaker()
    const pdf = await renderPdf(renderTimelineSvg(timeline, { font: font?.metrics }), { font })
    expect(pdfTool('pdffonts', pdf, 'fonts.pdf')).toMatch(/Liberation|DejaVu|Arial/)
    expect(pdfTool('pdftotext', pdf, 'cyrillic.pdf')).toContain('Дмитрий Песков')
  })

  it.skipIf(noPoppler)('falls back to Helvetica without a font file', async () => {
    const pdf = await renderPdf(svg, { font: null })
    expect(pdfTool('pdffonts', pdf, 'helvetica.pdf')).toContain('Helvetica')
    expect(pdfTool('pdftotext', pdf, 'helvetica.pdf')).toContain('Sergey Lavrov')
  })

  it('still writes a PDF when Helvetica lacks some names’ letters', async () => {
    const pdf = await renderPdf(renderTimelineSvg(withCyrillicSpeaker()), { font: null })
    expect(structure(pdf.slice(0, 5))).toBe('%PDF-')
  })
})

describe('exportTimeline as PDF', () => {
  it('names the file .pdf and sends it base64-encoded', async () => {
    const file = await exportTimeline(seedsTimeline(), { format: 'pdf' }, { now: new Date('2026-03-01T12:00:00Z') })
    expect(file.mimeType).toBe('application/pdf')
    expect(file.fileName).toBe('timeline-seeds-2026-03-01.pdf')
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it.skipIf(noPoppler)('draws only the chosen items', async () => {
    const timeline = seedsTimeline()
    const chosen = timeline.items.filter((i) => i.speaker === 'Vladimir Putin').map((i) => i.id)
    const file = await exportTimeline(timeline, { format: 'pdf', itemIds: chosen })
    const text = pdfTool('pdftotext', Buffer.from(file.base64, 'base64'), 'chosen.pdf')
    expect(text).toContain('Vladimir Putin')
    expect(text).not.toContain('Sergey Lavrov')
  })
})
