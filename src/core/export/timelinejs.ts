// Knight Lab TimelineJS3 JSON. TimelineJS renders headline and text as HTML, so every model string
// is HTML-escaped here and only our own tags (<p>, <blockquote>, <ol>, <li>, <a>) are emitted.
import type { Item, Timeline } from '../../shared/model'
import { calendar, type CalendarDay } from './dates'
import { numberSources, selectItems } from './select'
import { cleanText } from './text'

export interface TimelineJsDate {
  year: number
  month?: number
  day?: number
}

export interface TimelineJsEvent {
  start_date: TimelineJsDate
  end_date?: TimelineJsDate
  display_date?: string
  text: { headline: string; text: string }
  group: string
  unique_id: string
}

export interface TimelineJsDocument {
  title: { text: { headline: string; text: string } }
  events: TimelineJsEvent[]
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c])
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

function jsDate(day: CalendarDay, precision: Item['precision']): TimelineJsDate {
  if (precision === 'year') return { year: day.year }
  if (precision === 'month') return { year: day.year, month: day.month }
  return { year: day.year, month: day.month, day: day.day }
}

function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null
  } catch {
    return null
  }
}

/** A TimelineJS unique_id also becomes a URL hash and a DOM id: keep it to safe characters. */
function uniqueId(id: string, used: Set<string>): string {
  const base = id.replace(/[^A-Za-z0-9_-]/g, '_') || 'item'
  let candidate = base
  for (let k = 2; used.has(candidate); k++) candidate = `${base}-${k}`
  used.add(candidate)
  return candidate
}

export function toTimelineJs(timeline: Timeline, itemIds?: readonly string[], title?: string): TimelineJsDocument {
  const { items } = selectItems(timeline, itemIds)
  const { list: cited, numberOf } = numberSources(timeline, items.map((d) => d.item))
  const articles = new Map(timeline.articles.map((a) => [a.id, a]))
  const stories = new Map(timeline.stories.map((s) => [s.id, cleanText(s.title)]))
  const used = new Set<string>()
  const events = items.map(({ item, start, end }): TimelineJsEvent => {
    const speaker = cleanText(item.speaker)
    const headline = item.type === 'statement' && speaker && !cleanText(item.title).includes(speaker.split(' ').pop() ?? speaker)
      ? `${speaker}: ${cleanText(item.title)}`
      : cleanText(item.title)
    const body: string[] = []
    if (speaker) body.push(`<p><strong>${escapeHtml(speaker)}</strong>${item.role ? `, ${escapeHtml(cleanText(item.role))}` : ''}</p>`)
    if (item.quote) body.push(`<blockquote>${escapeHtml(cleanText(item.quote))}</blockquote>`)
    if (item.planned) body.push('<p>Planned</p>')
    const sourceItems = item.sources.map((source) => {
      const article = articles.get(source.articleId)
      const n = numberOf.get(source.articleId)
      const name = escapeHtml(cleanText(article?.outlet) || cleanText(article?.file) || cleanText(source.articleId))
      const url = safeUrl(article?.url)
      const link = url ? `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${name}</a>` : name
      return `<li>[${n}] ${link}${article?.published ? ` (${escapeHtml(article.published)})` : ''}: ${escapeHtml(cleanText(source.text))}</li>`
    })
    if (sourceItems.length) body.push(`<ol>${sourceItems.join('')}</ol>`)
    const event: TimelineJsEvent = {
      start_date: jsDate(calendar(start), item.precision),
      text: { headline: escapeHtml(headline), text: body.join('') },
      group: escapeHtml(stories.get(item.storyId) || item.storyId),
      unique_id: uniqueId(item.id, used),
    }
    if (end > start) event.end_date = jsDate(calendar(end), item.precision)
    return event
  })
  const storyTitles = [...new Set(items.map((d) => stories.get(d.item.storyId) ?? ''))].filter(Boolean)
  const headline = cleanText(title) || (storyTitles.length === 1 ? storyTitles[0] : 'Timeline')
  return {
    title: { text: { headline: escapeHtml(headline), text: `<p>${items.length} item${items.length === 1 ? '' : 's'} from ${cited.length} article${cited.length === 1 ? '' : 's'}</p>` } },
    events,
  }
}
