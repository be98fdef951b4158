// Extraction of dated events and attributed statements. First version: nothing found yet.
import type { ArticleForExtraction, ExtractedItem } from '../types'

export interface StoryContext {
  articles: readonly ArticleForExtraction[]
}

export function buildStoryContext(articles: readonly ArticleForExtraction[]): StoryContext {
  return { articles }
}

export function extractItems(_article: ArticleForExtraction, _context: StoryContext): ExtractedItem[] {
  return []
}
