import { expect, seedsDir, test } from './fixtures/server'
import { AppPage } from './pages/app'

test('filters by type and actor, with counts that follow', async ({ page, appUrl }) => {
  const app = new AppPage(page)
  await app.goto(appUrl)
  await app.openFolder(seedsDir)
  const { total } = await app.counts()

  // Lanes by type: filtered to one type, every item sits in the one lane on screen (vis-timeline draws
  // only the lanes in view).
  await app.lanes('Type').click()
  const type = app.facet('Type')
  const firstType = type.getByRole('listitem').first()
  const expected = parseInt((await firstType.locator('.count').textContent()) ?? '', 10)
  await firstType.getByRole('checkbox').check()
  await expect(app.count).toHaveText(`${expected} of ${total} items`)
  await expect(app.items).toHaveCount(expected)

  // Other facets now count within the filtered items.
  const actorCounts = (await app.facet('Actor').locator('.count').allTextContents()).map((t) => parseInt(t, 10))
  for (const c of actorCounts) expect(c).toBeLessThanOrEqual(expected)

  await page.getByRole('button', { name: 'Clear all' }).click()
  await expect(app.count).toHaveText(`${total} of ${total} items`)

  const actor = app.facet('Actor').getByRole('listitem').first()
  const actorCount = parseInt((await actor.locator('.count').textContent()) ?? '', 10)
  await actor.getByRole('checkbox').check()
  await expect(app.count).toHaveText(`${actorCount} of ${total} items`)
  await app.expectNoPageErrors()
})

test('searches with highlighted hits and an updated count', async ({ page, appUrl }) => {
  const app = new AppPage(page)
  await app.goto(appUrl)
  await app.openFolder(seedsDir)
  const { total } = await app.counts()

  // Search for a word of the first item's title: at least that item must match.
  const word = ((await app.items.first().locator('.item-text').textContent()) ?? '')
    .split(/\W+/)
    .filter((w) => w.length >= 5)[0]
  expect(word).toBeTruthy()
  await app.search.fill(word)
  await expect(page.locator('.vis-item-content mark').first()).toBeVisible()
  const { shown } = await app.counts()
  expect(shown).toBeGreaterThan(0)
  expect(await app.items.count()).toBeLessThanOrEqual(shown)
  await expect(page.locator('.vis-item-content mark').first()).toHaveText(new RegExp(word, 'i'))
  await page.screenshot({ path: 'test-results/screens/search.png' })

  await app.search.fill('zzzz-no-such-word')
  await expect(app.count).toHaveText(`0 of ${total} items`)
  await expect(page.getByText('No item matches the filters.')).toBeVisible()

  await app.search.press('Escape')
  await expect(app.count).toHaveText(`${total} of ${total} items`)
  await app.expectNoPageErrors()
})
