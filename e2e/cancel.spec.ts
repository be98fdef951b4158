/// <reference lib="dom" />
// A large folder loads with progress (files read of total), the window stays usable meanwhile, and Cancel
// stops the load: the timeline (or start screen) shown before stays, with no error. The same for a reload
// started by a change on disk.
import { appendFile, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { LoadProgress } from '../src/shared/ipc'
import { copySeeds, expect, test, writeManyReports } from './helpers/folders'
import { AppPage } from './pages/app'

const FILES = 3000
// One large folder for the file's tests (writing 3,000 files takes seconds on a busy machine).
let large = ''
test.beforeAll(async () => {
  large = await mkdtemp(join(tmpdir(), 'nt-e2e-large-'))
  await writeManyReports(large, FILES)
})
test.afterAll(() => rm(large, { recursive: true, force: true }))

/** Records every progress event the page receives (a second listener on the same event stream). */
async function recordProgress(page: Page): Promise<() => Promise<LoadProgress[]>> {
  await page.evaluate(() => {
    const seen: LoadProgress[] = []
    ;(window as unknown as { __progress: LoadProgress[] }).__progress = seen
    const token = new URLSearchParams(location.search).get('token') ?? ''
    const events = new EventSource(`/api/events?token=${encodeURIComponent(token)}`)
    events.addEventListener('progress', (m) => seen.push(JSON.parse((m as MessageEvent<string>).data) as LoadProgress))
  })
  return () => page.evaluate(() => [...(window as unknown as { __progress: LoadProgress[] }).__progress])
}

test('a large folder shows files read of total, stays responsive, and Cancel keeps the previous timeline', async ({ page, appUrl, scratch }) => {
  test.setTimeout(120_000)
  const seeds = await copySeeds(join(scratch, 'seeds'))

  const app = new AppPage(page)
  await app.goto(appUrl)
  const progressEvents = await recordProgress(page)
  await app.openFolder(seeds)
  const before = await app.counts()
  const folderShown = page.locator('.sidebar .folder')
  await expect(folderShown).toHaveText(seeds)

  // Open the large folder as a user would in the browser: Open folder, type the path.
  await page.getByRole('button', { name: 'Open folder' }).click()
  await page.getByLabel('Folder path').fill(large)
  await page.getByRole('button', { name: 'Open', exact: true }).click()
  const progress = page.locator('.progress')
  await expect(progress).toBeVisible()
  await expect(progress.locator('.progress-label')).toHaveText(new RegExp(`\\((\\d+) of ${FILES}\\)`), { timeout: 30_000 })
  await expect(progress.getByRole('progressbar')).toHaveAttribute('max', String(FILES))

  // The window answers while the folder loads: the search filters the open timeline, the theme changes.
  await app.search.fill('Lavrov')
  await expect.poll(async () => (await app.counts()).shown).toBeLessThan(before.total)
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(progress).toBeVisible()

  // The page was told how many files were read, counting up to the total.
  const reads = (await progressEvents()).filter((p) => p.total === FILES && p.phase === 'read')
  expect(reads.length).toBeGreaterThan(1)
  expect(reads.map((p) => p.done)).toEqual([...reads.map((p) => p.done)].sort((a, b) => a - b))

  await progress.getByRole('button', { name: 'Cancel' }).click()
  await expect(progress).toBeHidden({ timeout: 30_000 })
  await expect(page.getByText('Loading cancelled.')).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  // The previous timeline stays, with the user's search.
  await expect(folderShown).toHaveText(seeds)
  expect((await app.counts()).total).toBe(before.total)
  await expect(app.search).toHaveValue('Lavrov')

  // The cancelled load is over: reopening the seeds completes, and nothing more of the large folder arrives.
  const cancelledAt = (await progressEvents()).length
  await page.getByRole('button', { name: 'Open folder' }).click()
  await page.getByLabel('Folder path').fill(seeds)
  await page.getByRole('button', { name: 'Open', exact: true }).click()
  await expect.poll(async () => (await progressEvents()).slice(cancelledAt).some((p) => p.phase === 'done'), { timeout: 30_000 }).toBe(true)
  expect((await progressEvents()).slice(cancelledAt).filter((p) => p.total === FILES)).toEqual([])
  await expect(page.getByRole('alert')).toHaveCount(0)
  await app.expectNoPageErrors()
})

test('cancelling the first load leaves the start screen, with no error', async ({ page, appUrl }) => {
  const app = new AppPage(page)
  await app.goto(appUrl)
  await page.getByLabel('Folder path').fill(large)
  await page.getByRole('button', { name: 'Open', exact: true }).click()
  const progress = page.locator('.progress')
  await expect(progress.locator('.progress-label')).toHaveText(new RegExp(`\\((\\d+) of ${FILES}\\)`), { timeout: 30_000 })
  // The start screen answers meanwhile.
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(progress).toBeVisible()

  await progress.getByRole('button', { name: 'Cancel' }).click()
  await expect(progress).toBeHidden({ timeout: 30_000 })
  await expect(page.getByText('Loading cancelled.')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'See a crisis on one timeline' })).toBeVisible()
  await expect(app.timeline).toHaveCount(0)
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Open', exact: true })).toBeEnabled()
  await app.expectNoPageErrors()
})

test('cancelling a reload started by a change on disk ends it, says so, and keeps the timeline', async ({ page, appUrl, scratch }) => {
  test.setTimeout(180_000)
  const folder = join(scratch, 'reports')
  await writeManyReports(folder, 1500)
  const files = (await readdir(folder, { recursive: true })).filter((f) => f.endsWith('.txt')).map((f) => join(folder, f))
  const app = new AppPage(page)
  await app.goto(appUrl)
  await app.openFolder(folder)
  const before = await app.counts()

  const progress = page.locator('.progress')
  const cancelled = page.getByText('Reload cancelled: the timeline shows the folder as it was last loaded.')
  // Every article gets an update (a correction line): main reloads the folder and shows its progress. A
  // fast machine may finish the reload before the click lands (no notice then): update the files again.
  await expect(async () => {
    for (const file of files) await appendFile(file, 'This article was updated.\n')
    await expect(progress).toBeVisible({ timeout: 30_000 })
    await progress.getByRole('button', { name: 'Cancel' }).click({ timeout: 5_000 })
    await expect(cancelled).toBeVisible({ timeout: 5_000 })
  }).toPass({ timeout: 150_000 })
  await expect(progress).toBeHidden({ timeout: 30_000 })
  await expect(page.getByRole('alert')).toHaveCount(0)
  expect((await app.counts()).total).toBe(before.total)
  await app.expectNoPageErrors()
})
