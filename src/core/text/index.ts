// Sentences with character offsets, for news text: abbreviations and initials do not end a sentence,
// a quotation that runs over several sentences stays in one piece, and every line (a headline, a
// caption) ends a sentence whether or not it has a full stop.

export interface Sentence {
  text: string
  offset: number
  length: number
  /** Index of the paragraph (line) the sentence belongs to. */
  paragraph: number
}

const ABBREVIATIONS = new Set(
  `mr mrs ms dr gen col lt sgt capt cmdr adm prof sen rep gov st no nos jan feb mar apr jun jul aug sep sept oct nov dec jr sr inc co corp
ltd vs etc fig approx dept est mt ft rev hon maj brig messrs pres govt`.split(/\s+/),
)

const BULLET = /\s+[■•▪|]\s+/g

/** `\s` of a regular expression: ASCII white space and line ends, the no-break and other Unicode spaces, the BOM. */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** Whether `offset` lies inside a quotation: a curly one opened and not closed, or an odd straight mark, before it. */
export function quotedAt(text: string, offset: number): boolean {
  let open = false
  for (let i = 0; i < offset; i++) {
    const c = text[i]
    if (c === '“') open = true
    else if (c === '”') open = false
    else if (c === '"') open = !open
  }
  return open
}

/**
 * Blanks the inside of closed quotations, keeping offsets: "as the US side told us" within a quote is
 * someone's words. So is the rest of a sentence that opens a quotation it does not close ("“Bullets wrote
 * our past." of a quotation that runs on into the next sentence).
 */
export function maskQuotations(text: string): string {
  const masked = text
    .replace(/“[^“”]*”/g, (q) => `“${' '.repeat(q.length - 2)}”`)
    .replace(/"[^"]*"/g, (q) => `"${' '.repeat(q.length - 2)}"`)
  const open = /^\s*[“"]/.exec(masked)
  if (!open || !unclosed(masked, open[0].trimStart())) return masked
  return masked.slice(0, open[0].length) + ' '.repeat(masked.length - open[0].length)
}

function unclosed(masked: string, quote: string): boolean {
  return quote === '“' ? !masked.includes('”') : (masked.match(/"/g) ?? []).length % 2 === 1
}

// A live blog's time stamp ("**17:40**", "3:25 p.m.", "18:25 BST"): its hour, minute and, on a twelve-hour clock, a or p.
export const CLOCK_STAMP = String.raw`\**(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?(?:\s*(?:[A-Z]{2,5}|local))?\**`

// "4. DIARY", "Coming up:", "The week ahead": a heading over a list of days still to come ("- Sunday 15 October: Poland votes.").
export const AHEAD_HEADING = /^[\d.)\s#*]*(?:the\s+)?(?:diary|agenda|calendar|coming up|week ahead|(?:the\s+)?days? ahead|looking ahead|what(?:'s| is) next|what to watch|dates to watch|upcoming|on the horizon|next week)\b[^\n]{0,40}$/i
// An entry of a list: a bullet or a number.
export const LIST_ENTRY = /^[ \t]*(?:[-*•·]|\d{1,2}[.)])\s/
// An entry of a list of days to come: one of a list, or a day and a colon ("Wednesday: Mass at Kyaikkasan ground", "Nov. 30: ...").
export const AHEAD_ENTRY = new RegExp(
  String.raw`${LIST_ENTRY.source}|^[ \t]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b[^:\n]{0,30}:\s`,
  'i',
)

/** How far into an article's body its lead runs: the headline's news told in the first sentence or two. */
export const LEAD_CHARACTERS = 400

/** Words in the first person: someone speaking ("Yesterday we spent a great deal of time"), not the reporter. */
export const FIRST_PERSON = /\b(?:I|we|We|our|Our|us)\b/

/** `text.slice(0, end).replace(/\s+/g, ' ')`, slicing only where a run of white space is not one plain space. */
export function collapseSpaces(text: string, end = text.length): string {
  end = Math.min(end, text.length)
  let out = ''
  let from = 0
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    if (!isSpace(c)) continue
    let j = i + 1
    while (j < end && isSpace(text.charCodeAt(j))) j++
    if (c !== 32 || j > i + 1) {
      out += `${text.slice(from, i)} `
      from = j
    }
    i = j - 1
  }
  return from === 0 ? text.slice(0, end) : out + text.slice(from, end)
}

const LETTER = /\p{L}/u
// Not inline: a build for Node compiles an inline /\p{..}/u into `new RegExp(...)` on every call.
const INITIAL = /^\p{Lu}$/u
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u

/** `/[\p{L}.]/u` on the character at `i`, without the regular expression for ASCII. */
function isLetterOrStop(line: string, i: number): boolean {
  const c = line.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46
  return LETTER.test(line[i])
}

/** Whether the full stop at `i` ends a sentence, judging by the word before it. */
function endsAtStop(line: string, i: number): boolean {
  let j = i
  while (j > 0 && isLetterOrStop(line, j - 1)) j--
  const word = line.slice(j, i)
  if (!word) return true
  if (ABBREVIATIONS.has(word.toLowerCase())) return false
  // Initials and dotted abbreviations: "J.", "U.S.", "D.C." (a dotted one may still end the sentence).
  if (INITIAL.test(word)) return false
  if (DOTTED.test(word)) return /^\s+(?:The|It|He|She|They|We|But|In|On|A)\b/.test(line.slice(i + 1))
  return true
}

// A possible end: terminal punctuation, closing quotes or brackets, space, then what can open a sentence.
const CANDIDATE_END = /[.!?][”"’»)\].]*(?=\s+[\p{Lu}\p{N}“"‘«(\[])/gu

/** Whether a quotation is open at `at` (since `from`) and closes later on the line. */
function insideQuotation(line: string, from: number, at: number): boolean {
  let curly = 0
  let straight = 0
  for (let i = from; i < at; i++) {
    const ch = line.charCodeAt(i)
    if (ch === 0x201c) curly++
    else if (ch === 0x201d && curly > 0) curly--
    else if (ch === 0x22) straight ^= 1
  }
  return (curly > 0 && line.indexOf('”', at) >= 0) || (straight === 1 && line.indexOf('"', at) >= 0)
}

function splitLine(line: string, base: number, paragraph: number, out: Sentence[]): void {
  let start = 0
  const push = (end: number) => {
    const raw = line.slice(start, end)
    const lead = raw.length - raw.trimStart().length
    const text = raw.trim()
    if (text) out.push({ text, offset: base + start + lead, length: text.length, paragraph })
    start = end
  }
  CANDIDATE_END.lastIndex = 0
  for (let m = CANDIDATE_END.exec(line); m; m = CANDIDATE_END.exec(line)) {
    if (line[m.index] === '.' && !endsAtStop(line, m.index)) continue
    // Inside a quotation the sentence goes on until the quotation closes, if it closes on this line.
    if (insideQuotation(line, start, m.index + m[0].length)) continue
    push(m.index + m[0].length)
  }
  push(line.length)
}

/** The sentences of `text` in order; lines are paragraphs. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = []
  let offset = 0
  let paragraph = 0
  for (const line of text.split('\n')) {
    // A headline that strings several items together with bullets is several lines.
    let start = 0
    const bullets = line.includes('■') || line.includes('•') || line.includes('▪') || line.includes('|') ? line.matchAll(BULLET) : []
    for (const bullet of bullets) {
      const part = line.slice(start, bullet.index)
      if (part.trim()) splitLine(part, offset + start, paragraph++, out)
      start = bullet.index! + bullet[0].length
    }
    const rest = line.slice(start)
    if (rest.trim()) splitLine(rest, offset + start, paragraph++, out)
    offset += line.length + 1
  }
  return out
}
