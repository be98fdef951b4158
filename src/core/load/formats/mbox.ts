// A mailbox (.mbox: Thunderbird's folders, Gmail's Takeout): letters one after another, each opened by a postmark line
// ("From - Fri Mar 30 07:02:55 2001"); a body line that began "From " was saved as ">From " (mboxrd, mboxo). Each
// letter is read as a saved .eml is.
import { parseEml } from './eml'
import { namedAsFile, type ListEntry } from './list'
import type { ParseResult } from './types'

// "From sender date": a name or address, or Thunderbird's "-", then the day the letter came in.
const POSTMARK = /^From \S+ +(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|\d)/
const HEADER_LINE = /^[!-9;-~]+:/
const QUOTED_FROM = /^>(>*From )/

export function parseMbox(file: string, text: string): ParseResult {
  const letters = splitMailbox(text)
  if (!letters.length) return { error: 'a mailbox without letters (no "From " line opens one)' }
  const entries: ListEntry[] = []
  letters.forEach((letter, i) => {
    const parsed = parseEml(`${file}#${i + 1}`, letter)
    // A letter cut short in its headers (a mailbox copied while it was written) costs only itself.
    if ('error' in parsed) return
    for (const article of parsed.articles) entries.push({ article, length: article.lines.reduce((sum, line) => sum + line.text.length, 0) })
  })
  if (!entries.length) return { error: 'a mailbox whose letters have no sender, subject or text' }
  return { articles: namedAsFile(file, entries) }
}

/** The letters, each without its postmark line and with its quoted "From " lines restored. */
function splitMailbox(text: string): string[] {
  const lines = text.split('\n')
  // A single letter saved under the mailbox's name may have no postmark.
  const letters: string[][] = [[]]
  lines.forEach((line, n) => {
    // In mboxo a body line "From here on ..." stays unquoted: a postmark also stands after a blank line, above a header.
    const opens = POSTMARK.test(line) && (n === 0 || !lines[n - 1].trim()) && HEADER_LINE.test(lines[n + 1] ?? '')
    if (opens) letters.push([])
    else letters.at(-1)!.push(line.replace(QUOTED_FROM, '$1'))
  })
  return letters.filter((letter) => letter.some((line) => line.trim())).map((letter) => letter.join('\n'))
}
