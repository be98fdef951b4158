import { Resvg } from '@resvg/resvg-js'
import { describe, expect, it } from 'vitest'
import type { Timeline } from '../../shared/model'
import { seedsTimeline } from './fixtures/load'
import { assertWellFormedXml } from './fixtures/xml'
import { renderTimelineSvg } from './svg'

/** The decoded character data of every <text> element, one string per element. */
function texts(svg: string): string[] {
  const decode = (s: string): string =>
    s.replace(/<[^>]+>/g, '').replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '')
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => decode(m[1]))
}

function hostile(): Timeline {
  const base = seedsTimeline()
  const evil = `</text><script>alert("x")</script><foreignObject/> & 'quoted' \u202Eevil\u202C ]]> <!-- -->`
  return {
    ...base,
    articles: base.articles.map((a, k) => (k === 0 ? { ...a, outlet: `<img src=x onerror=alert(1)> & Co`, title: evil, file: `a&b<c>.txt` } : a)),
    stories: base.stories.map((s) => ({ ...s, title: `<b>${s.title}</b> & "more"` })),
    items: base.items.map((item, k) => (k === 0 ? { ...item, title: evil, speaker: `Sergey Lavrov <script>` } : item)),
  }
}

describe('renderTimelineSvg', () => {
  const svg = renderTimelineSvg(seedsTimeline())

  it('is a well-formed, self-contained vector drawing', () => {
    const { elements } = assertWellFormedXml(svg)
    expect(elements[0]).toBe('svg')
    expect(new Set(elements)).not.toContain('foreignObject')
    expect(new Set(elements)).not.toContain('image')
    expect(new Set(elements)).not.toContain('script')
    expect(svg).not.toMatch(/href=|url\(/)
    // resvg's XML parser is strict: it throws on malformed input.
    expect(new Resvg(svg, { font: { loadSystemFonts: false } }).width).toBe(2400)
  })

  it('writes the speakers, titles and dates as <text>', () => {
    const all = texts(svg).join('\n')
    for (const name of ['Sergey Lavrov', 'Dmitry Peskov', 'Vladimir Putin', 'NATO official', 'NATO-Russia Council meeting']) expect(all).toContain(name)
    expect(texts(svg)).toContain('27 Dec')
  })

  it('has a legend and the numbered sources', () => {
    const all = texts(svg)
    expect(svg).toContain('<g class="legend">')
    for (const entry of ['Statement (speaker: claim)', 'Event', 'Planned (dashed)', 'Date window (happened within)']) expect(all).toContain(entry)
    expect(all).toContain('Sources')
    const sources = all.filter((t) => /^\[\d+\] /.test(t))
    expect(sources.map((t) => t.slice(0, 4))).toEqual(['[1] ', '[2] ', '[3] ', '[4] ', '[5] '])
    expect(sources[4]).toContain('Press TV')
  })

  it('marks planned events dashed and statements as speech bubbles', () => {
    expect(svg).toMatch(/<g class="item event planned" data-id="i5">(?:(?!<\/g>).)*stroke-dasharray="6 4"/)
    expect(svg).toMatch(/<g class="item statement" data-id="i6">(?:(?!<\/g>).)*<path d="M/)
    expect(svg).toMatch(/<g class="item event" data-id="i8">(?:(?!<\/g>).)*fill-opacity="0.3"/)
  })

  it('escapes hostile article text and drops bidi overrides', () => {
    const out = renderTimelineSvg(hostile())
    const { elements } = assertWellFormedXml(out)
    expect(elements).not.toContain('script')
    expect(elements).not.toContain('foreignObject')
    expect(elements).not.toContain('img')
    expect(out).not.toContain('\u202E')
    expect(out).not.toContain('<!--')
    expect(out).toContain('&lt;script&gt;')
    const all = texts(out).join('\n')
    expect(all).toContain('Sergey Lavrov <script>:')
    expect(all).toContain('<img src=x onerror=alert(1)> & Co')
    expect(all).toContain(`'quoted' evil`)
    new Resvg(out, { font: { loadSystemFonts: false } })
  })

  it('uses the requested width and title', () => {
    const out = renderTimelineSvg(seedsTimeline(), { width: 3000, title: 'Talks & guarantees' })
    expect(out).toMatch(/^<svg [^>]*width="3000"/)
    expect(texts(out)).toContain('Talks & guarantees')
  })

  it.each([
    [Number.NaN, 2400],
    [10, 800],
    [1e9, 20000],
  ])('turns width %d into a drawable %i', (width, expected) => {
    expect(renderTimelineSvg(seedsTimeline(), { width })).toMatch(new RegExp(`^<svg [^>]*width="${expected}"`))
  })

  it('is deterministic', () => {
    expect(renderTimelineSvg(seedsTimeline())).toBe(svg)
  })
})
