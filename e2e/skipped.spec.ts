// What was not used is shown, not hidden: files the loader skipped are listed with a plain reason, and the
// reader shows the page furniture it removed from an article greyed out, next to the news lines.
import { join } from 'node:path'
import { copySeeds, expect, test, writeFiles } from './helpers/folders'
import { AppPage } from './pages/app'

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]
const binary = (n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i < PNG_HEADER.length ? PNG_HEADER[i] : (i * 37) % 256))

test('the Skipped files panel lists every skipped file with its reason', async ({ page, appUrl, scratch }) => {
  const folder = await copySeeds(join(scratch, 'talks'))
  await writeFiles(folder, {
    'photo-saved-as.txt': binary(4096),
    'empty.txt': '',
    'notes.xyz': 'Some notes the reader kept next to the articles.\n',
    'images/cover.png': binary(2048),
    'README': 'Saved from the browser.\n',
  })
  const expected = [
    ['README', 'not an article file (no file extension)'],
    ['empty.txt', 'empty file'],
    ['images/cover.png', 'not an article file (.png image)'],
    ['notes.xyz', 'not an article file (.xyz file)'],
    ['photo-saved-as.txt', 'not text (binary)'],
  ]

  const app = new AppPage(page)
  await app.goto(appUrl)
  await app.openFolder(folder)
  // The five reports still make the timeline.
  await expect(page.getByRole('navigation', { name: 'Stories' })).toContainText('5 articles')

  await page.getByRole('button', { name: `Skipped files (${expected.length})` }).click()
  const panel = page.getByRole('dialog', { name: `Skipped files (${expected.length})` })
  await expect(panel).toBeVisible()
  await expect(panel.getByRole('columnheader')).toHaveText(['File', 'Reason'])
  const rows = panel.locator('tbody tr')
  await expect(rows).toHaveCount(expected.length)
  const listed = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')))
  expect([...listed].sort((a, b) => a[0].localeCompare(b[0]))).toEqual([...expected].sort((a, b) => a[0].localeCompare(b[0])))

  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await app.expectNoPageErrors()
})

test('the reader shows removed page furniture greyed out and the news lines as they are', async ({ page, appUrl, scratch }) => {
  const folder = await copySeeds(join(scratch, 'talks'))
  const app = new AppPage(page)
  await app.goto(appUrl)
  await app.openFolder(folder)

  // Business Standard's report ends in a paywall and subscription offers.
  const stories = page.getByRole('navigation', { name: 'Stories' })
  await stories.locator('summary', { hasText: 'Articles' }).first().click()
  await stories.locator('.story-articles button', { hasText: 'Business Standard' }).click()
  const reader = page.getByRole('dialog')
  await expect(reader).toBeVisible()
  await expect(reader.locator('.muted')).toContainText('002_155ffa525d5b3848.txt')

  const furniture = reader.locator('.reader-body p.furniture')
  const news = reader.locator('.reader-body p:not(.furniture)')
  for (const line of ['Subscribe now for unlimited access.', 'Already subscribed? Log in', 'Exclusive premium stories online']) {
    await expect(furniture.filter({ hasText: line })).toHaveCount(1)
    await expect(news.filter({ hasText: line })).toHaveCount(0)
  }
  for (const line of ['Kremlin spokesman Dmitry Peskov on Monday confirmed the meeting', 'It is with the US that we will carry out the main work']) {
    await expect(news.filter({ hasText: line })).toHaveCount(1)
    await expect(furniture.filter({ hasText: line })).toHaveCount(0)
  }

  // Greyed: a lighter colour than the news lines, struck through, and titled as removed.
  const styleOf = (p: typeof news) =>
    p.first().evaluate((e) => {
      const s = getComputedStyle(e)
      return { color: s.color, decoration: s.textDecorationLine, title: e.getAttribute('title') }
    })
  const grey = await styleOf(furniture)
  const plain = await styleOf(news.filter({ hasText: 'Kremlin spokesman' }))
  expect(grey.color).not.toBe(plain.color)
  expect(grey.decoration).toBe('line-through')
  expect(plain.decoration).toBe('none')
  expect(grey.title).toBe('Removed as page furniture')

  // The toggle hides them; the news lines stay.
  const shown = await furniture.count()
  expect(shown).toBeGreaterThan(5)
  await reader.getByLabel('Show removed page furniture (greyed out)').uncheck()
  await expect(furniture).toHaveCount(0)
  await expect(news.filter({ hasText: 'Kremlin spokesman' })).toHaveCount(1)
  await app.expectNoPageErrors()
})
