// Folder-level learning: a short line that recurs in several files of the folder is the site's furniture
// ("Live Story", a newsletter box), even when no rule knows its words. Sentences are exempt: wire copies
// legitimately share them across outlets.
import type { FolderKnowledge, SourceLine } from './clean'
import { isSentence, lineKey } from './furniture'

export const MIN_FILES_FOR_REPEAT = 3

/** `known[i]` are lineKeys(articles[i].lines), when the caller already has them. */
export function learnFolder(articles: readonly { lines: readonly SourceLine[] }[], known?: readonly (readonly string[])[]): FolderKnowledge {
  const counts = new Map<string, number>()
  for (const [a, article] of articles.entries()) {
    const keys = new Set<string>()
    for (const [i, line] of article.lines.entries()) {
      const trimmed = line.text.trim()
      if (!trimmed || line.kind || trimmed.length > 200 || isSentence(trimmed)) continue
      const key = known?.[a][i] ?? lineKey(trimmed)
      if (key.length >= 3) keys.add(key)
    }
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const repeated = new Set<string>()
  for (const [key, n] of counts) if (n >= MIN_FILES_FOR_REPEAT) repeated.add(key)
  return { repeated }
}
