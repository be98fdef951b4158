import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Timeline } from '../../shared/model'
import { seedsTimeline } from './fixtures/load'
import { writeTimelineImages } from './images'
import { MAX_PNG_PIXELS, renderPng, renderPngAsync } from './png'
import { renderTimelineSvg } from './svg'

/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  expect([...png.slice(0, 8)]).toEqual(signature)
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

const dir = mkdtempSync(join(tmpdir(), 'export-png-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const tesseract = spawnSync('tesseract', ['--version'], { encoding: 'utf8' })
const noTesseract = tesseract.error ? 'tesseract is not installed (apt-get install tesseract-ocr)' : null

function ocr(png: Uint8Array, name: string): string {
  const file = join(dir, name)
  writeFileSync(file, png)
  // Sauvola thresholding: the default one loses dark text on the coloured item boxes.
  return execFileSync('tesseract', [file, '-', '--psm', '11', '-c', 'thresholding_method=2'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, OMP_THREAD_LIMIT: '1' } })
}

describe('renderPng', () => {
  const svg = renderTimelineSvg(seedsTimeline())

  it('is 2400 px wide by default, with the drawing aspect ratio', () => {
    const size = pngSize(renderPng(svg))
    expect(size.width).toBe(2400)
    const svgHeight = Number(/height="(\d+)"/.exec(svg)?.[1])
    expect(size.height).toBe(svgHeight)
  })

  it('is exactly the width asked for', () => {
    expect(pngSize(renderPng(svg, 3200)).width).toBe(3200)
    expect(pngSize(renderPng(svg, 1000)).width).toBe(1000)
  })

  it('renders the same image off the main thread', async () => {
    expect(Buffer.from(await renderPngAsync(svg, 1200)).equals(Buffer.from(renderPng(svg, 1200)))).toBe(true)
  })

  it('refuses an image too large to allocate, with a reason', () => {
    const tall = `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="${Math.ceil(MAX_PNG_PIXELS / 2400) + 100}"></svg>`
    expect(() => renderPng(tall)).toThrow(/too tall .* export SVG/)
  })

  it('rejects a width that is not a positive number', () => {
    expect(() => renderPng(svg, Number.NaN)).toThrow(/positive/)
    expect(() => renderPng(svg, 0)).toThrow(/positive/)
  })
})

describe('writeTimelineImages', () => {
  it('writes the SVG and a PNG at least 2000 px wide', async () => {
    const svgFile = join(dir, 'out.svg')
    const pngFile = join(dir, 'out.png')
    await writeTimelineImages(seedsTimeline(), { svg: svgFile, png: pngFile })
    expect(readFileSync(svgFile, 'utf8')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(pngSize(readFileSync(pngFile)).width).toBeGreaterThanOrEqual(2000)
  })

  it('honours --width', async () => {
    const pngFile = join(dir, 'narrow.png')
    await writeTimelineImages(seedsTimeline(), { png: pngFile, width: 1800 })
    expect(pngSize(readFileSync(pngFile)).width).toBe(1800)
    await expect(writeTimelineImages(seedsTimeline(), { png: pngFile, width: Number('abc') })).rejects.toThrow(/--width/)
  })
})

describe('PNG readability (OCR)', () => {
  it('reads the speakers and the sources off the fixture PNG', (ctx) => {
    if (noTesseract) ctx.skip(noTesseract)
    const text = ocr(renderPng(renderTimelineSvg(seedsTimeline())), 'fixture.png')
    for (const word of ['Lavrov', 'Peskov', 'Putin', 'NATO-Russia Council', 'Sources', 'Press TV', '27 Dec']) expect(text).toContain(word)
  }, 90_000)

  it('reads the speakers off the real seeds timeline, when the pipeline finds them', async (ctx) => {
    if (noTesseract) ctx.skip(noTesseract)
    const { timelineFromFolder } = await import('../index')
    let timeline: Timeline
    try {
      timeline = await timelineFromFolder(join(import.meta.dirname, '../../../seeds'))
    } catch (error) {
      return ctx.skip(`the pipeline cannot build the seeds timeline yet: ${error instanceof Error ? error.message : String(error)}`)
    }
    const speakers = ['Lavrov', 'Peskov'].filter((name) => timeline.items.some((item) => item.type === 'statement' && item.speaker?.includes(name)))
    if (speakers.length === 0) ctx.skip(`the pipeline finds no statement by Lavrov or Peskov in seeds yet (${timeline.items.length} items)`)
    // Only their statements: OCR time grows with the image, and these are the labels under test.
    const theirs = timeline.items.filter((item) => item.type === 'statement' && speakers.some((name) => item.speaker?.includes(name)))
    const text = ocr(renderPng(renderTimelineSvg(timeline, { itemIds: theirs.slice(0, 8).map((item) => item.id) })), 'seeds.png')
    for (const name of speakers) expect(text).toContain(name)
  }, 90_000)
})
