// Article texts for the detail panel and the reader, fetched once per timeline.
import { shallowRef, watch, type Ref } from 'vue'
import type { Bridge } from '@shared/ipc'
import type { Article, ArticleText, Source, Timeline } from '@shared/model'
import type { ArticleIndex } from '../timeline/filters'

export interface ReaderState {
  article: ArticleText
  source: Source | null
  file: string
}

export function useArticles(bridge: Bridge, timeline: Readonly<Ref<Timeline | null>>, articles: Readonly<Ref<ArticleIndex>>) {
  const cache = new Map<string, Promise<ArticleText | null>>()
  const reader = shallowRef<ReaderState | null>(null)
  // A reload may have changed the files: read them again.
  watch(timeline, () => cache.clear())

  function load(id: string): Promise<ArticleText | null> {
    let p = cache.get(id)
    if (!p) {
      p = bridge.article(id).catch(() => null)
      cache.set(id, p)
      // A failed read is not remembered: the next request tries again.
      void p.then((text) => {
        if (text === null && cache.get(id) === p) cache.delete(id)
      })
    }
    return p
  }

  return {
    load,
    reader,
    /** Opens the reader; false when the article could not be read (moved or deleted since loading). */
    async openReader(articleId: string, source: Source | null): Promise<boolean> {
      const article = await load(articleId)
      if (article) reader.value = { article, source, file: articles.value.get(articleId)?.file ?? '' }
      return article !== null
    },
    articlesOf(storyId: string): Article[] {
      const story = timeline.value?.stories.find((s) => s.id === storyId)
      return (story?.articleIds ?? []).map((id) => articles.value.get(id)).filter((a): a is Article => a !== undefined)
    },
  }
}
