// The exported PNG is readable: tesseract finds the speakers' names in the picture the browser downloads.
import { execFile } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { promisify } from 'node:util'
import { expect, seedsDir, test } from './fixtures/server'
import { AppPage } from './pages/app'

const run = promisify(execFile)

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK)
      return true
    } catch {
      return false
    }
  })
}

test('the exported PNG is wide and its speakers can be read back by OCR', async ({ page, appUrl }) => {
  test.skip(!onPath('tesseract'), 'tesseract is not on PATH: `.ci/setup --test` installs tesseract-ocr')
  const app = new AppPage(page)
  await app.goto(appUrl)
  await app.openFolder(seedsDir)

  // The default PNG (the Export shortcut's choice): twice the on-screen width.
  await page.getByRole('button', { name: 'Export' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'PNG image (2× sharp)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/\.png$/)

  const dir = await mkdtemp(join(tmpdir(), 'nt-ocr-'))
  try {
    const png = join(dir, 'timeline.png')
    await file.saveAs(png)
    const bytes = await readFile(png)
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
    // IHDR: width at byte 16, height at byte 20 (big-endian).
    expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(2000)

    // Sauvola thresholding: the default one loses the labels on coloured item boxes.
    const { stdout } = await run('tesseract', [png, '-', '--psm', '11', '-c', 'thresholding_method=2'], {
      timeout: 40_000,
      maxBuffer: 16 * 1024 * 1024,
    })
    await test.info().attach('ocr.txt', { body: stdout, contentType: 'text/plain' })
    expect(stdout).toContain('Lavrov')
    expect(stdout).toContain('Peskov')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  await app.expectNoPageErrors()
})
