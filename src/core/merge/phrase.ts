// Outlets that reword a statement keep its key phrase: "did not expect a breakthrough in the upcoming
// talks" and "We do not expect a breakthrough at these negotiations either" share "expect breakthrough",
// and nothing else in the story says it.
import { contentTokens } from '../stories/features'
import type { ExtractedItem } from '../types'
import { memo } from '../memo'
import { anyOneVoiceAndDay, Holders, oneVoiceAndDay, unite } from './joins'

/**
 * Two statement groups of one voice and one day, told by different articles, that alone in the story
 * (events included) share a phrase of two common words are one statement. A phrase a third group also
 * uses is the story's topic, not this statement's wording.
 */
export function joinBySharedPhrase(items: readonly ExtractedItem[], clusters: number[][]): number[][] {
  const groups = clusters.map((c) => c.map((i) => items[i]))
  // Without two groups that may join, no phrase needs reading (most stories have none).
  if (!anyOneVoiceAndDay(groups)) return unite(clusters, [])
  const users = new Holders<string>()
  groups.forEach((group, g) => {
    // Copies in a group share one text: each text's phrases are counted once. A phrase of the speaker's own name ("von der"
    // of Ursula von der Leyen) is no wording of what they said.
    const name = new Set(group.flatMap((item) => (item.speaker ? contentTokens(item.speaker) : [])))
    for (const list of new Set(group.map((item) => phrases(item.text)))) for (const phrase of list) if (!name.size || !namesAWord(phrase, name)) users.add(phrase, g)
  })
  const pairs: [number, number][] = []
  for (const [, a, b] of users.pairs()) if (oneVoiceAndDay(groups[a], groups[b])) pairs.push([a, b])
  return unite(clusters, pairs)
}

/** Whether one of the phrase's space-separated words is among `names`, without splitting the phrase. */
function namesAWord(phrase: string, names: ReadonlySet<string>): boolean {
  for (const name of names) {
    for (let at = phrase.indexOf(name); at >= 0; at = phrase.indexOf(name, at + 1)) {
      if ((at === 0 || phrase.charCodeAt(at - 1) === 32) && (at + name.length === phrase.length || phrase.charCodeAt(at + name.length) === 32)) return true
    }
  }
  return false
}

/**
 * Neighbouring common words of a sentence, as word pairs: written in lower case (verbs and nouns, not
 * names) and not parted by a name or punctuation, so that "met Blinken, talks" gives no "met talks".
 * Words of the occasion ("told a press conference", "in an interview with state television") say where
 * the words were spoken, which two different statements of one day share.
 */
export const phrases = memo((text: string): readonly string[] => {
  const out = new Set<string>()
  for (const run of text.split(/(?<![\p{L}’'-])\p{Lu}[\p{L}’'.-]*|[,.;:!?()“”"«»—–]/u)) {
    const words = contentTokens(run)
    for (let k = 1; k < words.length; k++) if (!OCCASION.has(words[k - 1]) && !OCCASION.has(words[k])) out.add(`${words[k - 1]} ${words[k]}`)
  }
  return [...out]
}, 10_000)

/** Words of where and how something was said, as contentTokens gives them. */
const OCCASION = new Set(
  ['press', 'news', 'conference', 'brief', 'interview', 'television', 'channel', 'radio', 'reporter', 'journalist', 'speech', 'remark', 'speak', 'spoke', 'wrote', 'post', 'tweet', 'joint', 'address', 'told'],
)
