// Markdown: YAML-style front matter (title, date, source, url), or Hugo's TOML between "+++" lines, and a body stripped
// of its markup.
import { findDate } from '../dateline'
import { alreadyQuoted, citedSpeaker, quotedLines } from './cited'
import type { SourceLine } from '../clean'
import type { ParseResult } from './types'

const ITALIC_LINE = /^\s*(?:\*(?!\*)\S.*\S\*|_(?!_)\S.*\S_)\s*$/
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)|^\+\+\+[ \t]*\n([\s\S]*?)\n\+\+\+[ \t]*(?:\n|$)/

// Logseq's page properties ("title:: ...", "date:: [[Jun 9th, 2017]]"), and pandoc's title block ("% title", "% author", "% date").
const PROPERTIES = /^(?:[A-Za-z][\w-]*::[^\n]*(?:\n|$))+/
const PANDOC_TITLE = /^%[ \t]*([^\n]*)\n%[ \t]*[^\n]*(?:\n%[ \t]*([^\n]*))?(?:\n|$)/

/** The page's own metadata block, whichever way it is written, and the text after it. */
function metadataBlock(text: string): { meta: Map<string, string>; body: string } {
  const fm = FRONT_MATTER.exec(text)
  if (fm) return { meta: frontMatter(fm[1] ?? fm[2]), body: text.slice(fm[0].length) }
  const properties = PROPERTIES.exec(text)
  if (properties) return { meta: frontMatter(properties[0].replace(/::/g, ':').replace(/\[\[([^\]]*)\]\]/g, '$1')), body: text.slice(properties[0].length) }
  const pandoc = PANDOC_TITLE.exec(text)
  if (pandoc) return { meta: new Map([['title', pandoc[1].trim()], ...(pandoc[2]?.trim() ? [['date', pandoc[2].trim()] as [string, string]] : [])]), body: text.slice(pandoc[0].length) }
  return { meta: new Map(), body: text }
}

export function parseMarkdown(file: string, text: string): ParseResult {
  const { meta, body } = metadataBlock(text)
  const lines: SourceLine[] = []
  let fence = false
  // A line set wholly in italics right under an image (blank lines between) is its caption.
  let underImage = false
  const raws = withQuotedBlocks(body.split('\n'))
  for (const raw of raws) {
    const caption = underImage && ITALIC_LINE.test(raw)
    if (raw.trim()) underImage = false
    if (caption) {
      lines.push({ text: stripInline(raw), kind: 'furniture', rule: 'photo caption' })
      continue
    }
    if (/^\s*(?:```|~~~)/.test(raw)) {
      fence = !fence
      lines.push({ text: raw, kind: 'furniture', rule: 'markup' })
      continue
    }
    if (fence) {
      lines.push({ text: raw })
      continue
    }
    if (/^\s*!\[[^\]]*\]\([^)]*\)\s*$/.test(raw)) lines.push({ text: raw, kind: 'furniture', rule: 'image' }), (underImage = true)
    else if (/^\s*(?:[-*_]\s*){3,}$/.test(raw) || /^\s*<!--.*-->\s*$/.test(raw)) lines.push({ text: raw, kind: 'furniture', rule: 'markup' })
    else lines.push({ text: stripInline(raw) })
  }
  // A web clipper's "source" is the page's address (Obsidian's `source: "https://..."`), not its outlet.
  const source = meta.get('source') ?? null
  const sourceIsAddress = source !== null && /^https?:\/\//.test(source)
  const date = PUBLICATION_KEYS.map((key) => meta.get(key)).find((value) => value !== undefined) ?? null
  return {
    articles: [
      {
        file,
        lines,
        title: meta.get('title') ?? meta.get('headline') ?? firstHeading(body),
        outlet: (sourceIsAddress ? null : source) ?? meta.get('outlet') ?? meta.get('publisher') ?? meta.get('publication') ?? meta.get('site') ?? meta.get('sitename') ?? null,
        url: meta.get('url') ?? meta.get('link') ?? meta.get('canonical') ?? (sourceIsAddress ? source : null),
        published: date ? isoFromValue(date) : null,
      },
    ],
  }
}

/**
 * A block quote of someone's words, as a blog sets them: under a lead-in that ends with a colon ("Jiang Yu told her regular
 * briefing:"), or over a line that names who spoke ("> - Jonas Gahr Støre, Murmansk, 15 September"): quotations (cited.ts).
 * Other block quotes (a clipper's note, an author's bio) stay as they are.
 */
function withQuotedBlocks(raws: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < raws.length; i++) {
    if (!BLOCK_QUOTE.test(raws[i])) {
      out.push(raws[i])
      continue
    }
    let end = i
    while (end < raws.length && BLOCK_QUOTE.test(raws[end])) end++
    const block = raws.slice(i, end).map((line) => line.replace(BLOCK_QUOTE, '').trim())
    const lastLine = block.findLastIndex((line) => line !== '')
    const cite = CITE_LINE.exec(block[lastLine] ?? '')
    const speaker = cite ? citedSpeaker(stripInline(cite[1])) : null
    const words = paragraphsOf(speaker ? block.slice(0, lastLine) : block)
    const introduced = /:\s*$/.test(out.findLast((line) => line.trim() !== '') ?? '')
    // Not a transcript's labelled turns ("QUESTION: ...", "SECRETARY POMPEO: ..."), which name their own speakers.
    if (words.length && (speaker || introduced) && !words.some((p) => alreadyQuoted(p) || LABELLED.test(p))) out.push(...quotedLines(words, speaker).flatMap((line) => [line, '']))
    else out.push(...raws.slice(i, end))
    i = end - 1
  }
  return out
}

const BLOCK_QUOTE = /^\s{0,3}>\s?/
const LABELLED = /^[\p{L}][\p{L} .'’-]{0,40}:\s/u
// "- Jonas Gahr Støre, Murmansk, 15 September", "— Office of the President of the Republic", "-- Mika Wiljanen, CEO of Gasum".
const CITE_LINE = /^(?:[-–—―]{1,2}|~)\s*(\S.{1,120})$/

/** A block's lines as its paragraphs, each one line of text without its markup. */
function paragraphsOf(lines: readonly string[]): string[] {
  const paragraphs: string[] = []
  let current: string[] = []
  for (const line of [...lines, '']) {
    if (line) current.push(stripInline(line).trim())
    else if (current.length) paragraphs.push(current.join(' ')), (current = [])
  }
  return paragraphs.filter((p) => p !== '')
}

/** The page's one top-level heading ("# Headline"), its headline; none when there are several. */
function firstHeading(body: string): string | null {
  const headings = [...body.matchAll(/^#[ \t]+(\S.*?)[ \t#]*$/gm)]
  return headings.length === 1 ? stripInline(headings[0][1]).trim() || null : null
}

// Keys as read by frontMatter, spelled loosely: "date_published", "datePublished" and "date-published" are one.
const PUBLICATION_KEYS = ['date', 'published', 'publishedat', 'datepublished', 'publishdate', 'pubdate', 'publicationdate', 'datepublish']

/** Flat `key: value` (YAML) or `key = value` (TOML) pairs, keys in lower case without "_" or "-"; quotes removed; nested values ignored. */
function frontMatter(block: string): Map<string, string> {
  const meta = new Map<string, string>()
  for (const line of block.split('\n')) {
    const m = /^([A-Za-z_][\w-]*)\s*[:=]\s*(.*)$/.exec(line)
    if (!m) continue
    const value = m[2].trim().replace(/^(["'])(.*)\1$/, '$2').trim()
    if (value) meta.set(m[1].toLowerCase().replace(/[_-]/g, ''), value)
  }
  return meta
}

/** Headings, emphasis, links and list markers off; the words stay. */
export function stripInline(line: string): string {
  return line
    // A footnote's mark ("free will of Montenegrins.[^1]") and the label its note opens with ("[^1]: The video was first ...").
    .replace(/^\s{0,3}\[\^[^\]\s]+\]:\s*/, '')
    .replace(/\[\^[^\]\s]+\]/g, '')
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:#{1,6}\s+)?/, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    // A notes app's links to its own pages ("[[Sean Turnell]]", "[[Insein Prison|Insein]]") and highlights ("==do nothing==").
    .replace(/\[\[(?:[^\]|]*\|)?([^\]]+)\]\]/g, '$1')
    .replace(/==(?=\S)(.+?)(?<=\S)==/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
}

/** "2022-01-21", "2022-01-21T10:00:00Z", "20220121" (a page's compact meta), "January 21, 2022" -> ISO date. */
export function isoFromValue(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) ?? /^((?:19|20)\d\d)(\d{2})(\d{2})(?:T\d|$)/.exec(value.trim())
  if (iso) return findDate(`${iso[1]}-${iso[2]}-${iso[3]}`)?.date ?? null
  return findDate(value)?.date ?? null
}
