// Files that hold a list of articles (a JSON export, a mailbox, a feed, a notebook, a bookmark file): each entry is
// `file#n` by its place in the list, except the one that stands for the file as a whole.
import type { ParsedArticle } from './types'

/** Characters of text from which an entry is a whole story. */
export const FULL_STORY = 800
/** How many times longer than any other whole entry the one that stands for the file is. */
const DOMINANT = 2

export interface ListEntry {
  article: ParsedArticle
  /** How long its text is, in characters. */
  length: number
}

/**
 * The entries' articles, each named `file#n` by the caller; one article is the file itself, and so is the one whole
 * story beside a feed's teasers and briefs ("Kuroshio Wire newsletter: the week in Asia, every Friday", "Hagel: China
 * zone won't change US operations"), which keep their own names.
 */
export function namedAsFile(file: string, entries: readonly ListEntry[]): ParsedArticle[] {
  const full = entries.filter((entry) => entry.length >= FULL_STORY).sort((a, b) => b.length - a.length)
  // So is the story beside a list's digest of it, or a reply with its signature: a whole story at least twice as long.
  const whole = entries.length === 1 ? entries[0] : full.length === 1 || (full.length > 1 && full[0].length >= DOMINANT * full[1].length) ? full[0] : null
  return entries.map((entry) => (entry === whole ? { ...entry.article, file } : entry.article))
}
