// A synthetic timeline of N items shaped like the pipeline's output on the 10,000-article bench folder:
// stories of a few weeks spread over three years, about fifteen items each, statements and events,
// single days and windows, titles and sources taken from the seeds' real items.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Article, Item, Story, Timeline } from '../../src/shared/model'

const seedsTimeline = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../src/core/export/fixtures/seeds-timeline.json'), 'utf8')) as Timeline

const DAY = 86_400_000
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

export function syntheticTimeline(count: number, seed = 1): Timeline {
  let state = seed >>> 0
  const rnd = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296)
  const templates = seedsTimeline.items
  const perStory = 15
  const storyCount = Math.ceil(count / perStory)
  const origin = Date.parse('2020-01-01')
  const stories: Story[] = []
  const articles: Article[] = []
  const items: Item[] = []
  for (let s = 0; s < storyCount; s++) {
    const storyId = `s${s}`
    const start = origin + Math.floor(rnd() * 3 * 365) * DAY
    const articleIds = Array.from({ length: 6 }, (_, k) => `a${s}-${k}`)
    articleIds.forEach((id, k) =>
      articles.push({ id, file: `${String(s).padStart(5, '0')}_${k}.txt`, title: `Report ${k} of story ${s}`, outlet: `Outlet ${k}`, published: iso(start + k * DAY), publishedFrom: 'dateline', storyId }),
    )
    stories.push({ id: storyId, title: `Story ${s}: ${templates[s % templates.length].title.slice(0, 40)}`, articleIds })
    for (let k = 0; k < perStory && items.length < count; k++) {
      const t = templates[Math.floor(rnd() * templates.length)]
      const day = start + Math.floor(rnd() * 21) * DAY
      const span = rnd() < 0.2 ? Math.floor(rnd() * 10) * DAY : 0
      items.push({
        ...t,
        id: `i${items.length}`,
        storyId,
        start: iso(day),
        end: iso(day + span),
        precision: span ? 'week' : 'day',
        sources: t.sources.map((src, n) => ({ ...src, articleId: articleIds[n % articleIds.length] })),
        firstReported: articleIds[0],
      })
    }
  }
  return { version: 1, folder: `/bench/${count}`, articles, stories, items, skipped: [] }
}
