// Locating an item's source sentence inside its article's lines, for highlighting in the reader and detail views.
import type { ArticleText, Source } from '@shared/model'
import type { Segment } from './filters'

export interface ContextLine {
  text: string
  furniture: boolean
  segments: Segment[]
  /** True when part of the source sentence is on this line. */
  hit: boolean
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

/** Character ranges [start, end) of `needle` in `line`, or null. Tolerant of whitespace differences. */
function findIn(line: string, needle: string): [number, number] | null {
  const exact = line.indexOf(needle)
  if (exact !== -1) return [exact, exact + needle.length]
  // Whitespace-insensitive: build a regex of the needle's words separated by any whitespace.
  const words = needle.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return null
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'i')
  const m = re.exec(line)
  return m ? [m.index, m.index + m[0].length] : null
}

function split(text: string, range: [number, number] | null): Segment[] {
  if (!range) return text ? [{ text, hit: false }] : []
  const [a, b] = range
  return [
    { text: text.slice(0, a), hit: false },
    { text: text.slice(a, b), hit: true },
    { text: text.slice(b), hit: false },
  ].filter((s) => s.text.length > 0)
}

/**
 * The article's lines with the source's text marked. Uses the source's offsets when the pipeline gave them
 * and they point at the source's words, else searches each kept line; a sentence that spans several lines is
 * matched line by line on its parts.
 */
export function contextLines(article: ArticleText, source: Pick<Source, 'text' | 'offset' | 'length'>): ContextLine[] {
  const { offset, length } = source
  if (offset !== undefined && length !== undefined) {
    const end = offset + length
    const byOffset = article.lines.map((l) => {
      const a = Math.max(offset, l.offset) - l.offset
      const b = Math.min(end, l.offset + l.text.length) - l.offset
      const range: [number, number] | null = !l.furniture && a < b ? [a, b] : null
      return { text: l.text, furniture: l.furniture, segments: split(l.text, range), hit: range !== null }
    })
    // Offsets are trusted only when they land on the source's own words (line offsets and source offsets
    // come from different stages); otherwise the text is searched for.
    const marked = byOffset.flatMap((l) => l.segments.filter((x) => x.hit).map((x) => x.text)).join(' ')
    if (squash(marked) === squash(source.text)) return byOffset
  }
  const needle = squash(source.text)
  return article.lines.map((l) => {
    let range: [number, number] | null = null
    if (!l.furniture && needle) {
      range = findIn(l.text, source.text.trim())
      // The sentence may cover this whole line and more (a quote broken over lines).
      if (!range && l.text.trim().length > 20 && needle.includes(squash(l.text))) range = [0, l.text.length]
    }
    return { text: l.text, furniture: l.furniture, segments: split(l.text, range), hit: range !== null }
  })
}

/** A few lines around the first hit, for the detail panel (the reader view shows the whole article). */
export function excerpt(lines: readonly ContextLine[], around = 1): ContextLine[] {
  const kept = lines.filter((l) => !l.furniture && l.text.trim() !== '')
  const first = kept.findIndex((l) => l.hit)
  if (first === -1) return []
  let last = first
  while (last + 1 < kept.length && kept[last + 1].hit) last++
  return kept.slice(Math.max(0, first - around), last + around + 1)
}
