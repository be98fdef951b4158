import { describe, expect, it } from 'vitest'
import { computed, effectScope, shallowRef } from 'vue'
import type { Bridge } from '@shared/ipc'
import type { ArticleText, Timeline } from '@shared/model'
import { fixture } from '../timeline/fixture'
import { articleIndex } from '../timeline/filters'
import { useArticles } from './useArticles'

function setup(article: (id: string) => Promise<ArticleText | null>) {
  const calls: string[] = []
  const bridge = {
    article: (id: string) => {
      calls.push(id)
      return article(id)
    },
  } as Pick<Bridge, 'article'> as Bridge
  const timeline = shallowRef<Timeline | null>(fixture)
  const a = effectScope().run(() => useArticles(bridge, timeline, computed(() => articleIndex(timeline.value ?? { articles: [] }))))!
  return { a, calls, timeline }
}

const text = (id: string): ArticleText => ({ articleId: id, title: 't', outlet: null, url: null, published: null, lines: [] })

describe('useArticles', () => {
  it('reads each article once per timeline', async () => {
    const { a, calls, timeline } = setup(async (id) => text(id))
    await a.load('a1')
    await a.load('a1')
    expect(calls).toEqual(['a1'])
    timeline.value = { ...fixture }
    await Promise.resolve()
    await a.load('a1')
    expect(calls).toEqual(['a1', 'a1'])
  })

  it('tries again after a failed read, and tells the reader could not open', async () => {
    let fail = true
    const { a, calls } = setup(async (id) => {
      if (fail) throw new Error('gone')
      return text(id)
    })
    expect(await a.openReader('a2', null)).toBe(false)
    expect(a.reader.value).toBeNull()
    fail = false
    expect(await a.openReader('a2', null)).toBe(true)
    expect(calls).toEqual(['a2', 'a2'])
    expect(a.reader.value).toMatchObject({ file: 'aljazeera.txt', source: null })
  })

  it('lists a story’s articles in story order', () => {
    const { a } = setup(async (id) => text(id))
    expect(a.articlesOf('s1').map((x) => x.id)).toEqual(['a1', 'a2', 'a3'])
    expect(a.articlesOf('nope')).toEqual([])
  })
})
