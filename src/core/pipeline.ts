// load -> clean -> stories -> extract -> merge. (First version: the pipeline issue fills the stages.)
import type { Timeline } from '../shared/model'
import type { LoadResult } from './types'

export function buildTimeline(folder: string, loaded: LoadResult): Timeline {
  const articles = loaded.documents.map((doc, i) => ({
    id: `a${i + 1}`,
    file: doc.file,
    title: doc.title ?? doc.text.split('\n')[0].slice(0, 120),
    outlet: doc.outlet,
    published: doc.published,
    publishedFrom: doc.publishedFrom,
    storyId: 's1',
  }))
  return {
    version: 1,
    folder,
    articles,
    stories: [{ id: 's1', title: 'All articles', articleIds: articles.map((a) => a.id) }],
    items: [],
    skipped: loaded.skipped,
  }
}
