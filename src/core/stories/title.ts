// A story's title: the headline of its most central article, else that article's lead, shortened.
import type { ArticleDocument } from '../types'

const MAX_TITLE = 90

/** The article's headline: its stated title, else an early short line that reads like one. */
export function headline(doc: Pick<ArticleDocument, 'title' | 'text'>): string | null {
  if (doc.title?.trim()) return doc.title.trim()
  for (const raw of doc.text.split('\n', 8)) {
    const line = raw.trim()
    const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w))
    // Headlines are short, have several words and do not end like a sentence or a caption.
    if (words.length >= 4 && line.length <= 140 && !/[.)]$/.test(line) && !/\d{1,2}:\d{2}/.test(line)) return line
  }
  return null
}

export function shorten(text: string, max = MAX_TITLE): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length)}…`
}

/** `centrality[i]`: summed similarity of member i to the other members. */
export function storyTitle(members: readonly Pick<ArticleDocument, 'title' | 'text'>[], centrality: readonly number[]): string {
  const order = members.map((_, i) => i).sort((a, b) => centrality[b] - centrality[a] || a - b)
  for (const i of order) {
    const h = headline(members[i])
    if (h) return shorten(h)
  }
  const lead = members[order[0]]?.text.split(/(?<=[.!?])\s/, 1)[0] ?? ''
  return lead ? shorten(lead) : 'Story'
}
