// Publication dates: what the file states, else inferred. First version: the story's most common
// stated date, else the file's date.
import type { IsoDate, PublishedFrom } from '../../shared/model'
import type { ArticleDocument } from '../types'
import type { StoryGroup } from './index'

export interface PublicationDate {
  published: IsoDate | null
  publishedFrom: PublishedFrom
}

export function inferPublicationDates(documents: readonly ArticleDocument[], groups: readonly StoryGroup[]): PublicationDate[] {
  const result: PublicationDate[] = documents.map((d) =>
    d.published ? { published: d.published, publishedFrom: 'dateline' } : { published: d.fileDate, publishedFrom: d.fileDate ? 'file' : null },
  )
  for (const group of groups) {
    const stated = group.members.map((i) => documents[i].published).filter((d): d is IsoDate => d !== null)
    const common = mostCommon(stated)
    if (!common) continue
    for (const i of group.members) if (!documents[i].published) result[i] = { published: common, publishedFrom: 'story' }
  }
  return result
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best: string | null = null
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v
  return best
}
