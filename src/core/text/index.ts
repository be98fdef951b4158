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

const OPEN_QUOTE = new Set(['“', '«', '‘'])
const CLOSE_QUOTE = new Set(['”', '»', '’'])

/** Whether the full stop at `i` ends a sentence, judging by the word before it. */
function endsAtStop(line: string, i: number): boolean {
  let j = i
  while (j > 0 && /[\p{L}.]/u.test(line[j - 1])) j--
  const word = line.slice(j, i)
  if (!word) return true
  if (ABBREVIATIONS.has(word.toLowerCase())) return false
  // Initials and dotted abbreviations: "J.", "U.S.", "D.C." (a dotted one may still end the sentence).
  if (/^\p{Lu}$/u.test(word)) return false
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return /^\s+(?:The|It|He|She|They|We|But|In|On|A)\b/.test(line.slice(i + 1))
  return true
}

function splitLine(line: string, base: number, paragraph: number, out: Sentence[]): void {
  let start = 0
  let depth = 0
  let straight = false
  const push = (end: number) => {
    const raw = line.slice(start, end)
    const lead = raw.length - raw.trimStart().length
    const text = raw.trim()
    if (text) out.push({ text, offset: base + start + lead, length: text.length, paragraph })
    start = end
  }
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (OPEN_QUOTE.has(ch) && ch !== '‘') depth++
    else if (CLOSE_QUOTE.has(ch) && ch !== '’' && depth > 0) depth--
    else if (ch === '"') straight = !straight
    if (ch !== '.' && ch !== '!' && ch !== '?') continue
    if (ch === '.' && !endsAtStop(line, i)) continue
    let end = i + 1
    while (end < line.length && /[”"’»)\].]/.test(line[end])) {
      if (line[end] === '”' && depth > 0) depth--
      if (line[end] === '"') straight = !straight
      end++
    }
    if (end < line.length && !/\s/.test(line[end])) continue
    const rest = line.slice(end).trimStart()
    if (!rest) continue
    if (!/^[\p{Lu}\p{N}“"‘«(\[]/u.test(rest)) continue
    // Inside a quotation the sentence goes on until the quotation closes, if it closes on this line.
    if ((depth > 0 && line.indexOf('”', end) >= 0) || (straight && line.indexOf('"', end) >= 0)) continue
    push(end)
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
    for (const bullet of line.matchAll(BULLET)) {
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
