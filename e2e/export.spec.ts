// Export through the interface on the seeds, with the real exporters; the browser downloads the files.
import { spawnSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import type { Timeline } from '../src/shared/model'
import { expect, seedsDir, test } from './fixtures/server'
import { AppPage } from './pages/app'

async function exportAs(page: Page, item: string | RegExp): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: item }).click()
  const file = await download
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) }
}

/** The PDF's text by poppler's pdftotext; null where it is not installed. */
function pdfText(pdf: Buffer): string | null {
  const run = spawnSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' })
  return run.error ? null : run.stdout.replace(/\s+/g, ' ')
}

test('exports what the filters show as JSON, and the timeline as PNG and SVG', async ({ page, appUrl }) => {
  test.setTimeout(90_000)
  const app = new AppPage(page)
  await app.goto(appUrl)
  await app.openFolder(seedsDir)
  await app.facet('Type').getByRole('checkbox', { name: /Statements/ }).check()
  const { shown } = await app.counts()

  const json = await exportAs(page, 'Timeline JSON')
  expect(json.name).toMatch(/^timeline-.+\.json$/)
  const exported = JSON.parse(json.bytes.toString('utf8')) as Timeline
  expect(exported.items).toHaveLength(shown)
  expect(new Set(exported.items.map((i) => i.type))).toEqual(new Set(['statement']))

  const png = await exportAs(page, 'PNG image (2× sharp)')
  expect(png.name).toMatch(/\.png$/)
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  const onScreen = await page.getByTestId('timeline').evaluate((e) => e.clientWidth)
  expect(png.bytes.readUInt32BE(16)).toBe(Math.round(onScreen * 2))

  const svg = await exportAs(page, 'SVG vector drawing')
  expect(svg.name).toMatch(/\.svg$/)
  const text = svg.bytes.toString('utf8')
  expect(text).toContain('<svg')
  expect(text).toContain('<text')
  await expect(page.getByText(/^Downloaded timeline-.+\.svg$/)).toBeVisible()
  await app.expectNoPageErrors()
})

test('exports the timeline as a one-page PDF with its text', async ({ page, appUrl }) => {
  test.setTimeout(90_000)
  const app = new AppPage(page)
  await app.goto(appUrl)
  await app.openFolder(seedsDir)
  const pdf = await exportAs(page, 'PDF document')
  expect(pdf.name).toMatch(/^timeline-.+\.pdf$/)
  const structure = pdf.bytes.toString('latin1')
  expect(structure.startsWith('%PDF-')).toBe(true)
  expect(structure.match(/\/Type \/Page\b/g)).toHaveLength(1)
  const text = pdfText(pdf.bytes)
  if (text !== null) for (const speaker of ['Sergey Lavrov', 'Vladimir Putin', 'Dmitry Peskov']) expect(text).toContain(speaker)
  await expect(page.getByText(/^Downloaded timeline-.+\.pdf$/)).toBeVisible()
  await app.expectNoPageErrors()
})

test('a folder dropped on the browser window asks for its path instead', async ({ page, appUrl }) => {
  const app = new AppPage(page)
  await app.goto(appUrl)
  await page.evaluate(() => {
    const data = new DataTransfer()
    data.items.add(new File(['x'], 'seeds'))
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }))
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }))
  })
  await expect(page.getByText('This browser cannot tell where a dropped folder is: type its path instead.')).toBeVisible()
  await expect(page.getByLabel('Folder path')).toBeVisible()
  await app.expectNoPageErrors()
})
