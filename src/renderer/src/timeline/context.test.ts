import { describe, expect, it } from 'vitest'
import type { ArticleText } from '@shared/model'
import { contextLines, excerpt } from './context'

const lines = ['Share this article', 'Russia’s top diplomat announced on Monday that talks will start.', '“It is with the US that we will carry out', 'the main work of negotiations,” Lavrov said.', 'Read more: Nato expansion']
let offset = 0
const article: ArticleText = {
  articleId: 'a1', title: 't', outlet: null, url: null, published: null,
  lines: lines.map((text, i) => {
    const l = { text, furniture: i === 0 || i === 4, offset }
    offset += text.length + 1
    return l
  }),
}

describe('contextLines', () => {
  it('marks the sentence found in a line', () => {
    const out = contextLines(article, { text: 'talks will start.' })
    expect(out[1].hit).toBe(true)
    expect(out[1].segments).toEqual([
      { text: 'Russia’s top diplomat announced on Monday that ', hit: false },
      { text: 'talks will start.', hit: true },
    ])
    expect(out.filter((l) => l.hit)).toHaveLength(1)
  })

  it('matches across whitespace differences and over several lines', () => {
    const out = contextLines(article, { text: '“It is with the US  that we will carry out the main work of negotiations,” Lavrov said.' })
    expect(out.map((l) => l.hit)).toEqual([false, false, true, true, false])
  })

  it('uses offsets when the pipeline gives them, never marking furniture', () => {
    const start = article.lines[1].offset + 'Russia’s top '.length
    const out = contextLines(article, { text: 'diplomat', offset: start, length: 'diplomat'.length })
    expect(out[1].segments.find((s) => s.hit)!.text).toBe('diplomat')
    // "Monday" twice would be ambiguous to a search; the offset picks the right one.
    const twice: ArticleText = { ...article, lines: [{ text: 'Monday came. On Monday he spoke.', furniture: false, offset: 0 }] }
    const second = contextLines(twice, { text: 'Monday', offset: 16, length: 6 })
    expect(second[0].segments.map((s) => s.hit)).toEqual([false, true, false])
    expect(second[0].segments[0].text).toBe('Monday came. On ')
  })

  it('falls back to searching when the offsets miss the source text', () => {
    const out = contextLines(article, { text: 'talks will start.', offset: 3, length: 17 })
    expect(out[0].hit).toBe(false)
    expect(out[1].segments.find((s) => s.hit)!.text).toBe('talks will start.')
  })

  it('excerpts the hit with a line of context, skipping furniture', () => {
    const ex = excerpt(contextLines(article, { text: 'the main work of negotiations' }))
    expect(ex.map((l) => l.text)).toEqual([lines[2], lines[3]])
    expect(excerpt(contextLines(article, { text: 'not in the article' }))).toEqual([])
  })
})
