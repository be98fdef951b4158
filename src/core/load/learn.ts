// Folder-level learning: a short line that recurs in several files of the folder is the site's furniture
// ("Live Story", a newsletter box), even when no rule knows its words. Only menu-sized lines are learned:
// wire copies and the same page saved twice legitimately share sentences, subheadings and cut-off endings.
import type { FolderKnowledge, SourceLine } from './clean'
import { isNewsParagraph, isSentence, lineKey, words } from './furniture'

export const MIN_FILES_FOR_REPEAT = 3
const MAX_WORDS = 8
const MAX_CHARS = 60

/** Short enough to be a label, a button or a menu entry, and not a sentence. */
export function isLearnable(trimmed: string): boolean {
  return trimmed.length <= MAX_CHARS && words(trimmed) <= MAX_WORDS && !isSentence(trimmed)
}

/** `known[i]` are lineKeys(articles[i].lines), when the caller already has them. */
export function learnFolder(articles: readonly { lines: readonly SourceLine[] }[], known?: readonly (readonly string[])[]): FolderKnowledge {
  // Copies of one article (saved twice, or one wire story at several outlets) share their lead paragraph:
  // they count once, so that what they share is not taken for the site's furniture.
  const sources = new Map<string, Set<string>>()
  for (const [a, article] of articles.entries()) {
    const keys = new Set<string>()
    let lead: string | null = null
    for (const [i, line] of article.lines.entries()) {
      const trimmed = line.text.trim()
      if (!trimmed || line.kind) continue
      const key = known?.[a][i] ?? lineKey(trimmed)
      if (lead === null && isNewsParagraph(trimmed)) lead = key
      if (key.length >= 3 && isLearnable(trimmed)) keys.add(key)
    }
    const source = lead ?? `#${a}`
    for (const key of keys) {
      const seen = sources.get(key)
      if (seen) seen.add(source)
      else sources.set(key, new Set([source]))
    }
  }
  const repeated = new Set<string>()
  for (const [key, seen] of sources) if (seen.size >= MIN_FILES_FOR_REPEAT) repeated.add(key)
  return { repeated }
}
