// Corrections through the interface, stored by main per folder: edit an item, hide it, show it again;
// merge two items, split one, undo both.
import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, seedsDir, test } from './fixtures/server'
import { AppPage } from './pages/app'

test('corrects an item, hides it and shows it again; corrections survive a reload', async ({ page, appUrl }) => {
  const app = new AppPage(page)
  await app.goto(appUrl)
  await app.openFolder(seedsDir)
  const { total } = await app.counts()

  await app.items.first().click()
  await app.detail.getByRole('button', { name: 'Correct…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Correct this item' })
  await dialog.getByLabel('Title').fill('Edited by an analyst')
  await dialog.getByLabel('Speaker').fill('Jane Analyst')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect(app.detail.getByRole('heading', { level: 2 })).toHaveText('Edited by an analyst')
  await expect(app.detail.getByText('Corrected by you')).toBeVisible()
  await expect(app.detail).toContainText('Jane Analyst')
  await expect(page.locator('.vis-item-content', { hasText: 'Edited by an analyst' })).toHaveCount(1)

  // An end before the start cannot be saved.
  await app.detail.getByRole('button', { name: 'Correct…' }).click()
  await dialog.getByLabel('From').fill('2022-01-10')
  await dialog.getByLabel('To').fill('2022-01-01')
  await expect(dialog.getByRole('alert')).toHaveText('The end date is before the start date.')
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  await app.detail.getByRole('button', { name: 'Hide' }).click()
  await expect(app.detail).toBeHidden()
  await expect(app.count).toHaveText(`${total - 1} of ${total - 1} items`)
  await expect(page.locator('.vis-item-content', { hasText: 'Edited by an analyst' })).toHaveCount(0)

  await page.reload()
  await page.getByRole('region', { name: 'Recent folders' }).getByRole('button').first().click()
  await expect(app.timeline).toBeVisible()
  await expect(app.count).toHaveText(`${total - 1} of ${total - 1} items`)
  // The edit and the hiding are two entries, each with its own undo.
  await page.getByRole('button', { name: 'Corrections (2)' }).click()
  const hidden = page.getByRole('dialog', { name: 'Your corrections (2)' })
  await expect(hidden.getByRole('listitem').filter({ hasText: 'Hidden:' })).toContainText('Edited by an analyst')
  await hidden.getByRole('button', { name: /Show again/ }).click()
  await expect(app.count).toHaveText(`${total} of ${total} items`)
  await expect(page.locator('.vis-item-content', { hasText: 'Edited by an analyst' })).toHaveCount(1)
  await app.expectNoPageErrors()
})

/** The detail panel's "Sources (n)" as a number. */
async function sourceCount(detail: Locator): Promise<number> {
  const heading = (await detail.getByRole('heading', { name: /^Sources \(\d+\)$/ }).textContent()) ?? ''
  return Number(/\((\d+)\)/.exec(heading)?.[1])
}

/** The outlet names the detail panel lists, in order. */
const outlets = (detail: Locator): Promise<string[]> => detail.locator('.source .outlet').allTextContents()

/** Serious or critical accessibility problems of the open dialog. */
async function dialogViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('dialog[open]').analyze()
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

async function reopen(page: Page, app: AppPage): Promise<void> {
  await page.reload()
  await page.getByRole('region', { name: 'Recent folders' }).getByRole('button').first().click()
  await expect(app.timeline).toBeVisible()
}

test('merges two items into one, splits one in two, and undoes both', async ({ page, appUrl }) => {
  test.setTimeout(90_000)
  const app = new AppPage(page)
  await app.goto(appUrl)
  await app.openFolder(seedsDir)
  const { total } = await app.counts()
  const title = app.detail.getByRole('heading', { level: 2 })

  // Merge: a Putin statement into the nearest other one (the dialog lists the story's items, nearest first).
  await app.items.filter({ hasText: 'Putin' }).first().click()
  const fromTitle = (await title.textContent())!
  const fromSources = await sourceCount(app.detail)
  const fromOutlets = await outlets(app.detail)
  await app.detail.getByRole('button', { name: 'Merge with…' }).click()
  const merge = page.getByRole('dialog', { name: 'Merge with another item' })
  await merge.getByRole('searchbox').fill('putin')
  const choices = merge.locator('.merge-choice')
  await expect(choices.first()).toBeVisible()
  expect(await merge.getByRole('radio', { name: fromTitle }).count()).toBe(0)
  await expect(merge.getByRole('button', { name: 'Merge', exact: true })).toBeDisabled()
  // The best-reported one, so the merged item has sources of several articles to split again.
  const counts = (await choices.allTextContents()).map((t) => Number(/(\d+) sources?\s*$/.exec(t)?.[1]))
  const chosen = choices.nth(counts.indexOf(Math.max(...counts)))
  await chosen.getByRole('radio').check()
  const intoLabel = (await chosen.locator('.merge-title').textContent())!
  const intoSources = Math.max(...counts)
  await page.screenshot({ path: 'test-results/screens/merge-dialog.png' })
  expect(await dialogViolations(page)).toEqual([])
  await merge.getByRole('button', { name: 'Merge', exact: true }).click()
  await expect(merge).toBeHidden()

  await expect(app.count).toHaveText(`${total - 1} of ${total - 1} items`)
  await expect(title).toHaveText(intoLabel)
  await expect(app.detail.getByText('Corrected by you')).toBeVisible()
  expect(await sourceCount(app.detail)).toBe(fromSources + intoSources)
  const merged = await outlets(app.detail)
  for (const outlet of fromOutlets) expect(merged).toContain(outlet)
  await expect(app.detail.getByTestId('corroboration')).toContainText(`${new Set(merged).size} source`)
  await expect(app.items.filter({ hasText: fromTitle })).toHaveCount(0)
  await page.screenshot({ path: 'test-results/screens/merged.png' })

  // The merge is kept for the folder and re-applied on the next load.
  await reopen(page, app)
  await expect(app.count).toHaveText(`${total - 1} of ${total - 1} items`)
  await app.items.filter({ hasText: intoLabel }).first().click()
  expect(await sourceCount(app.detail)).toBe(fromSources + intoSources)

  // Split: the sources of the merged item's first article move to a new item (an article's sentences move together).
  const before = await app.items.allTextContents()
  await app.detail.getByRole('button', { name: 'Split…' }).click()
  const split = page.getByRole('dialog', { name: 'Split this item' })
  const boxes = split.getByRole('checkbox')
  await expect(boxes).toHaveCount(fromSources + intoSources)
  await expect(split.getByRole('button', { name: 'Split off' })).toBeDisabled()
  const articles = await boxes.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
  const moving = articles.find((a) => a !== articles.at(-1))!
  const movingCount = articles.filter((a) => a === moving).length
  const choice = split.locator('.split-choice', { has: page.locator(`input[value="${moving}"]`) }).first()
  await choice.getByRole('checkbox').check()
  const movedOutlet = (await choice.locator('strong').textContent())!
  await page.screenshot({ path: 'test-results/screens/split-dialog.png' })
  expect(await dialogViolations(page)).toEqual([])
  await split.getByRole('button', { name: 'Split off' }).click()
  await expect(split).toBeHidden()
  await expect(app.count).toHaveText(`${total} of ${total} items`)
  const remaining = fromSources + intoSources - movingCount
  await expect(app.detail.getByRole('heading', { name: `Sources (${remaining})` })).toBeVisible()

  const added = (await app.items.allTextContents()).filter((t) => !before.includes(t))
  expect(added).toHaveLength(1)
  await app.items.filter({ hasText: added[0] }).click()
  await expect(app.detail.getByText('Corrected by you')).toBeHidden()
  expect(await sourceCount(app.detail)).toBe(movingCount)
  expect(await outlets(app.detail)).toContain(movedOutlet)
  await page.screenshot({ path: 'test-results/screens/split.png' })

  // Both are listed with their undo; undone, the seeds' items are back as the pipeline made them.
  await page.getByRole('button', { name: 'Corrections (2)' }).click()
  await expect(page.getByRole('dialog', { name: 'Your corrections (2)' })).toBeVisible()
  const panel = page.getByRole('dialog', { name: /^Your corrections/ })
  await expect(panel.getByRole('listitem').filter({ hasText: 'Merged' })).toContainText(`“${fromTitle}” into “${intoLabel}”`)
  await expect(panel.getByRole('listitem').filter({ hasText: 'Split' })).toContainText(`off “${intoLabel}”`)
  await page.screenshot({ path: 'test-results/screens/corrections-panel.png' })
  expect(await dialogViolations(page)).toEqual([])
  await panel.getByRole('listitem').filter({ hasText: 'Split' }).getByRole('button', { name: /Undo/ }).click()
  await expect(app.count).toHaveText(`${total - 1} of ${total - 1} items`)
  await expect(panel.getByRole('heading')).toHaveText('Your corrections (1)')
  await panel.getByRole('listitem').filter({ hasText: 'Merged' }).getByRole('button', { name: /Undo/ }).click()
  await expect(app.count).toHaveText(`${total} of ${total} items`)
  await expect(panel.getByText('No correction yet.')).toBeVisible()
  await panel.getByRole('button', { name: 'Close corrections' }).click()
  await expect(app.items.filter({ hasText: fromTitle })).toHaveCount(1)
  await app.items.filter({ hasText: intoLabel }).first().click()
  expect(await sourceCount(app.detail)).toBe(intoSources)
  await app.expectNoPageErrors()
})
