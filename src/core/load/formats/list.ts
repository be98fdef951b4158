// Files that hold a list of articles (a JSON export, a mailbox, a feed, a notebook, a bookmark file): each entry is
// `file#n` by its place in the list, except the one that stands for the file as a whole.
import type { ParsedArticle } from './types'

/** Characters of text from which an entry is a story, not a teaser ("Sign up for the week in Asia"). */
export const TEASER = 300
/** Characters of text from which an entry is a whole story. */
export const FULL_STORY = 800

export interface ListEntry {
  article: ParsedArticle
  /** How long its text is, in characters. */
  length: number
}

/**
 * The entries' articles, each named `file#n` by the caller; one article is the file itself, and so is one story beside
 * a feed's teasers ("Kuroshio Wire newsletter: the week in Asia, every Friday"), which keep their own names and go
 * where short texts go.
 */
export function namedAsFile(file: string, entries: readonly ListEntry[]): ParsedArticle[] {
  const stories = entries.filter((entry) => entry.length >= TEASER)
  const whole = entries.length === 1 ? entries[0] : stories.length === 1 && entries.some((entry) => entry.length >= FULL_STORY) ? stories[0] : null
  return entries.map((entry) => (entry === whole ? { ...entry.article, file } : entry.article))
}
