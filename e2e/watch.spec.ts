// The opened folder is watched: an article added, changed or removed on disk updates the timeline without
// a restart, and what the user set up (zoom window, selected item, filters) stays as it was.
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { copySeeds, expect, report, test, writeManyReports } from './helpers/folders'
import { AppPage } from './pages/app'

const PRESS_TV = '004_4b509a6b32fdbc13.txt'
const FINANCIAL_EXPRESS = '003_d41202817602de1e.txt'

/** What "the view" is on screen: the axis labels (the zoom window) and where the selected item sits. */
async function viewOf(page: Page, selected: Locator): Promise<{ axis: string; x: number }> {
  const axis = (await page.locator('.vis-time-axis.vis-foreground').textContent()) ?? ''
  const box = await selected.boundingBox()
  if (!box) throw new Error('the selected item is not on screen')
  return { axis, x: Math.round(box.x) }
}

test('added, changed and removed articles update the timeline; zoom, selection and filters survive', async ({ page, appUrl, scratch }) => {
  test.setTimeout(120_000)
  const folder = await copySeeds(join(scratch, 'talks'))
  const app = new AppPage(page)
  await app.goto(appUrl)
  await app.openFolder(folder)

  // Articles across the stories (an added report may join the story or start its own).
  const stories = page.getByRole('navigation', { name: 'Stories' }).locator('.story')
  const articleCount = async (): Promise<number> =>
    (await stories.allTextContents()).reduce((sum, text) => sum + Number(/(\d+) articles?/.exec(text)?.[1] ?? 0), 0)
  expect(await articleCount()).toBe(5)
  const speakers = app.facet('Speaker')
  await expect(speakers).toContainText('Alexander Grushko')
  await expect(speakers).toContainText('Alexander Fomin')

  // Filter: statements only.
  await app.facet('Type').getByRole('checkbox', { name: /Statements/ }).check()
  const filtered = await app.counts()
  expect(filtered.shown).toBeLessThan(filtered.total)

  // Select Peskov's statement, reported by four outlets, Financial Express among them. Its title is the
  // sources' central wording, so it may change with them; the statement stays the same.
  const statement = 'Peskov: The meeting will take place'
  await app.items.filter({ hasText: statement }).first().click()
  const heading = app.detail.getByRole('heading', { level: 2 })
  await expect(heading).toContainText(statement)
  const sources = app.detail.getByRole('heading', { name: /^Sources \(\d+\)$/ })
  const sourceCount = Number(/\d+/.exec((await sources.textContent()) ?? '')![0])
  await expect(app.detail.locator('.source .file', { hasText: FINANCIAL_EXPRESS })).toHaveCount(1)
  expect(sourceCount).toBeGreaterThanOrEqual(2)

  // Zoom in around the selected item (Ctrl+wheel, as a user would).
  const selected = page.locator('.vis-item.vis-selected .vis-item-content')
  // The detail panel narrows the timeline: wait until vis-timeline has redrawn to the new width.
  const region = page.getByTestId('timeline')
  await expect
    .poll(async () => {
      const [item, area] = [await selected.boundingBox(), await region.boundingBox()]
      return !!item && !!area && item.x + item.width / 2 < area.x + area.width
    })
    .toBe(true)
  const before = await viewOf(page, selected)
  const box = (await selected.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.keyboard.down('Control')
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -200)
  await page.keyboard.up('Control')
  await expect.poll(async () => (await viewOf(page, selected)).axis).not.toBe(before.axis)
  // The zoomed view once settled (two reads in a row agree).
  let view = await viewOf(page, selected)
  await expect
    .poll(async () => {
      const previous = JSON.stringify(view)
      view = await viewOf(page, selected)
      return JSON.stringify(view) === previous
    })
    .toBe(true)

  const expectViewKept = async (): Promise<void> => {
    await expect(heading).toContainText(statement)
    await expect(selected).toContainText(statement)
    await expect(selected).toHaveCount(1)
    await expect(app.facet('Type').getByRole('checkbox', { name: /Statements/ })).toBeChecked()
    const { shown, total } = await app.counts()
    expect(shown).toBeLessThan(total)
    expect(await viewOf(page, selected)).toEqual(view)
  }

  // Added: a new report with a new speaker.
  await writeFile(
    join(folder, '005_ruritania.txt'),
    report({
      headline: 'Ruritania says no deal on Ukraine without Kyiv',
      date: 'December 28, 2021',
      paragraphs: ['"Nothing about Ukraine can be decided without Ukraine," Ruritanian Foreign Minister Anton Zelenko told reporters in Vilnius on Tuesday.'],
    }),
  )
  await expect.poll(articleCount, { timeout: 30_000 }).toBe(6)
  await expect(speakers).toContainText('Anton Zelenko')
  const added = await app.counts()
  expect(added.total).toBeGreaterThan(filtered.total)
  expect(added.shown).toBeGreaterThan(filtered.shown)
  await expectViewKept()

  // Changed: Press TV's report loses its Grushko paragraph.
  const pressTv = await readFile(join(folder, PRESS_TV), 'utf8')
  await writeFile(join(folder, PRESS_TV), pressTv.split('\n').filter((line) => !line.includes('Grushko')).join('\n'))
  await expect(speakers).not.toContainText('Alexander Grushko', { timeout: 30_000 })
  expect(await articleCount()).toBe(6)
  await expectViewKept()

  // Removed: Financial Express's report goes, with Fomin's statements and one source of the selected item.
  await rm(join(folder, FINANCIAL_EXPRESS))
  await expect.poll(articleCount, { timeout: 30_000 }).toBe(5)
  await expect(speakers).not.toContainText('Alexander Fomin')
  await expect(sources).toHaveText(`Sources (${sourceCount - 1})`)
  await expect(app.detail.locator('.source .file', { hasText: FINANCIAL_EXPRESS })).toHaveCount(0)
  await expectViewKept()

  // The added statement is on the timeline.
  await page.locator('body').click({ position: { x: 5, y: 895 } })
  await page.keyboard.press('0')
  await expect(app.items.filter({ hasText: 'Zelenko' }).first()).toBeVisible()
  await app.expectNoPageErrors()
})

test('a change in the open folder does not cancel opening another folder', async ({ page, appUrl, scratch }) => {
  test.setTimeout(120_000)
  const first = await copySeeds(join(scratch, 'talks'))
  const second = join(scratch, 'large')
  await writeManyReports(second, 600)
  const app = new AppPage(page)
  await app.goto(appUrl)
  await app.openFolder(first)
  const folderShown = page.locator('.sidebar .folder')
  await expect(folderShown).toHaveText(first)

  await page.getByRole('button', { name: 'Open folder' }).click()
  await page.getByLabel('Folder path').fill(second)
  await page.getByRole('button', { name: 'Open', exact: true }).click()
  await expect(page.locator('.progress-label')).toHaveText(/of 600\)/, { timeout: 30_000 })
  // Meanwhile an article of the folder still shown is edited.
  await appendFile(join(first, PRESS_TV), '\nMore reporting to follow.\n')

  const cancelled = page.getByText('Loading cancelled.')
  await expect(cancelled.or(folderShown.getByText(second, { exact: true }))).toBeVisible({ timeout: 60_000 })
  await expect(cancelled).toHaveCount(0)
  await expect(folderShown).toHaveText(second)
  await expect(page.getByRole('alert')).toHaveCount(0)
  await app.expectNoPageErrors()
})

test('a change made while another folder was loading shows once that load is cancelled', async ({ page, appUrl, scratch }) => {
  test.setTimeout(120_000)
  const first = await copySeeds(join(scratch, 'talks'))
  const second = join(scratch, 'large')
  await writeManyReports(second, 3000)
  const app = new AppPage(page)
  await app.goto(appUrl)
  await app.openFolder(first)
  const story = page.getByRole('navigation', { name: 'Stories' }).locator('.story')
  await expect(story).toHaveCount(1)
  await expect(story).toContainText('5 articles')

  await page.getByRole('button', { name: 'Open folder' }).click()
  await page.getByLabel('Folder path').fill(second)
  await page.getByRole('button', { name: 'Open', exact: true }).click()
  const progress = page.locator('.progress')
  await expect(progress.locator('.progress-label')).toHaveText(/of 3000\)/, { timeout: 30_000 })
  // While it loads, a report is deleted from the folder on screen; the user then cancels.
  await rm(join(first, FINANCIAL_EXPRESS))
  await expect(progress).toBeVisible()
  await progress.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByText('Loading cancelled.')).toBeVisible({ timeout: 30_000 })

  await expect(story).toContainText('4 articles', { timeout: 30_000 })
  await expect(page.locator('.sidebar .folder')).toHaveText(first)
  await expect(page.getByRole('alert')).toHaveCount(0)
  await app.expectNoPageErrors()
})
