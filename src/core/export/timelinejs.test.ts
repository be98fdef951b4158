import { describe, expect, it } from 'vitest'
import { seedsTimeline } from './fixtures/load'
import { toTimelineJs, type TimelineJsDate } from './timelinejs'

function validDate(date: TimelineJsDate): boolean {
  const d = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1))
  return d.getUTCFullYear() === date.year && d.getUTCMonth() === (date.month ?? 1) - 1 && d.getUTCDate() === (date.day ?? 1)
}

/** Tags in an HTML string: only the ones the exporter itself writes may appear. */
function tags(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase())
}

describe('toTimelineJs', () => {
  const timeline = seedsTimeline()
  const doc = toTimelineJs(timeline)

  it('has one event per item with valid dates and unique ids', () => {
    expect(doc.events).toHaveLength(timeline.items.length)
    expect(new Set(doc.events.map((e) => e.unique_id)).size).toBe(doc.events.length)
    for (const event of doc.events) {
      expect(validDate(event.start_date)).toBe(true)
      if (event.end_date) expect(validDate(event.end_date)).toBe(true)
    }
    expect(doc.title.text.headline).toBe('Timeline')
  })

  it('keeps dates, windows and precision', () => {
    const council = doc.events.find((e) => e.unique_id === 'i5')
    expect(council?.start_date).toEqual({ year: 2022, month: 1, day: 12 })
    expect(council?.end_date).toBeUndefined()
    const holidays = doc.events.find((e) => e.unique_id === 'i8')
    expect(holidays?.end_date).toEqual({ year: 2022, month: 1, day: 9 })
    const drafts = doc.events.find((e) => e.unique_id === 'i13')
    expect(drafts?.start_date).toEqual({ year: 2021, month: 12 })
  })

  it('gives speaker, quote and numbered sources in the text', () => {
    const peskov = doc.events.find((e) => e.unique_id === 'i6')
    expect(peskov?.text.headline).toContain('Peskov')
    expect(peskov?.text.text).toContain('<strong>Dmitry Peskov</strong>, Kremlin spokesman')
    expect(peskov?.text.text.match(/<li>/g)).toHaveLength(4)
    expect(peskov?.group).toBe('Russia seeks security guarantees: talks with the US and NATO')
  })

  it('escapes hostile text and drops unsafe links', () => {
    const evil = '<img src=x onerror=alert(1)><script>alert("x")</script> & \u202Eevil'
    const hostile = {
      ...timeline,
      articles: timeline.articles.map((a, k) => (k === 1 ? { ...a, outlet: evil, url: 'javascript:alert(1)' } : k === 2 ? { ...a, url: 'https://example.com/a?b="c"' } : a)),
      stories: timeline.stories.map((s) => ({ ...s, title: evil })),
      items: timeline.items.map((i, k) => (k === 5 ? { ...i, id: 'i6"><x', title: evil, speaker: evil, quote: evil, role: evil } : i)),
    }
    const out = toTimelineJs(hostile, undefined, evil)
    for (const event of out.events) {
      expect(tags(event.text.headline)).toEqual([])
      expect(tags(event.group)).toEqual([])
      for (const tag of tags(event.text.text)) expect(['p', 'strong', 'blockquote', 'ol', 'li', 'a']).toContain(tag)
      expect(event.unique_id).toMatch(/^[A-Za-z0-9_-]+$/)
    }
    const json = JSON.stringify(out)
    expect(json).not.toContain('javascript:')
    expect(json).not.toContain('\u202E')
    expect(json).toContain('&lt;script&gt;')
    expect(json).toContain('href=\\"https://example.com/a?b=%22c%22\\"')
    expect(tags(out.title.text.headline)).toEqual([])
  })

  it('exports only the chosen items', () => {
    expect(toTimelineJs(timeline, ['i1', 'i6']).events.map((e) => e.unique_id)).toEqual(['i1', 'i6'])
  })
})
