// Page object for the app in local-browser mode: what a user does, named as a user would say it.
import { expect, type Locator, type Page } from '@playwright/test'

export class AppPage {
  readonly errors: Error[] = []
  readonly timeline: Locator
  readonly items: Locator
  readonly detail: Locator
  readonly count: Locator
  readonly search: Locator

  constructor(readonly page: Page) {
    page.on('pageerror', (e) => this.errors.push(e))
    this.timeline = page.locator('.vis-timeline')
    // `.vis-item` also matches the line and dot of box items: count the labels.
    this.items = page.locator('.vis-item-content')
    this.detail = page.getByTestId('detail')
    this.count = page.getByTestId('count')
    this.search = page.getByRole('searchbox', { name: 'Search the timeline' })
  }

  async goto(url: string): Promise<void> {
    await this.page.setViewportSize({ width: 1400, height: 900 })
    await this.page.goto(url)
    await expect(this.page.getByRole('heading', { name: 'See a crisis on one timeline' })).toBeVisible()
  }

  /** Browser mode has no folder dialog: type the path, as a user would. */
  async openFolder(path: string): Promise<void> {
    await this.page.getByLabel('Folder path').fill(path)
    await this.page.getByRole('button', { name: 'Open', exact: true }).click()
    // vis-timeline stays hidden until its first full redraw.
    await expect(this.timeline).toBeVisible({ timeout: 30_000 })
  }

  /** The "N of M items" status, as numbers. */
  async counts(): Promise<{ shown: number; total: number }> {
    const text = (await this.count.textContent()) ?? ''
    const m = /(\d+) of (\d+) items/.exec(text)
    if (!m) throw new Error(`no count in "${text}"`)
    return { shown: Number(m[1]), total: Number(m[2]) }
  }

  lanes(name: string): Locator {
    return this.page.getByRole('radiogroup', { name: 'Lanes' }).getByText(name, { exact: true })
  }

  laneLabels(): Locator {
    return this.page.locator('.vis-labelset .vis-label .lane-label')
  }

  facet(section: 'Type' | 'Actor' | 'Speaker' | 'Outlet'): Locator {
    return this.page.getByRole('group', { name: section })
  }

  async expectNoPageErrors(): Promise<void> {
    expect(this.errors.map((e) => e.message)).toEqual([])
  }
}
