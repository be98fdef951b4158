// Groups articles into stories. First version: one story for the folder.
import type { ArticleDocument } from '../types'

export interface StoryGroup {
  /** Indices into the document list. */
  members: number[]
  title: string
}

export function groupStories(documents: readonly ArticleDocument[]): StoryGroup[] {
  if (!documents.length) return []
  return [{ members: documents.map((_, i) => i), title: documents[0].title ?? 'Story' }]
}
