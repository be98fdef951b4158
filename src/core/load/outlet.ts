// Outlet and URL from the words a page uses about itself: footers ("X's website can also be accessed"),
// app prompts ("X is now available on Telegram"), syndication notes ("reworked by the X staff"),
// wire-style datelines ("GENEVA, January 21. /TASS/."), "X reports citing ...", copyright lines.

const NAME = "([\\p{Lu}\\d][\\p{L}\\d&.'’-]*(?:\\s+(?:of|the|and|&|[\\p{Lu}\\d][\\p{L}\\d&.'’-]*)){0,4})"

// Each pattern with a cheap word the line must contain first (most lines contain none).
const SELF_NAMING: [string, RegExp][] = [
  ['website', new RegExp(`^${NAME}['’]s? website can (?:also )?be accessed`, 'u')],
  ['available on', new RegExp(`^${NAME} is (?:now )?(?:also )?available on (?:[Tt]elegram|WhatsApp|[Ww]hatsapp|Google News|Apple News|Roku|the App Store|Google Play|YouTube|Android|iOS|Kindle|Alexa|Spotify)\\b`, 'u')],
  [' staff', new RegExp(`\\b(?:reworked|edited) by (?:the )?${NAME} staff\\b`, 'u')],
  [' /', new RegExp(`^[\\p{Lu} .,'-]{3,40},\\s+\\p{L}+\\.?\\s+\\d{1,2}\\.?\\s+/${NAME}/`, 'u')],
  ['citing', new RegExp(`(?:^|,\\s+)${NAME} reports?,? citing\\b`, 'u')],
  // "© Copyright 2023 euronews": a brand may be written in lower case after the year.
  ['opyright', new RegExp(`(?:©|\\([cC]\\)|[cC]opyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?(?:[Tt]he\\s+)?${NAME}`, 'u')],
  ['opyright', new RegExp(`[cC]opyright\\s+\\d{4}\\s+(\\p{Ll}[\\p{L}\\d.]{2,30})\\s*$`, 'u')],
  ['©', new RegExp(`©\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?(?:[Tt]he\\s+)?${NAME}`, 'u')],
  // "Tehran Times © 2023 | Privacy": the name before the mark.
  [' ©', new RegExp(`^${NAME}\\s+©\\s*\\d{4}\\b`, 'u')],
  // "Conditions of use | Privacy | Subscribe to The Advertiser": a page's footer offers itself.
  ['ubscribe to ', new RegExp(`\\b[Ss]ubscribe to ${NAME}\\s*$`, 'u')],
  ['ollow ', new RegExp(`^[Ff]ollow ${NAME} on (?:[Tt]witter|X|[Ff]acebook|[Ii]nstagram|[Tt]elegram)\\b`, 'u')],
  ['exclusively', new RegExp(`\\bexclusively (?:to|with) ${NAME}\\b`, 'u')],
]
// Weaker: an outlet quoting its own interview ("an official told The National"); used only when nothing else names one.
const TOLD = /\b(?:told|in an interview with|speaking to) (The \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})\b/u

const TRIGGERS = new RegExp([...SELF_NAMING.map(([word]) => word), 'told The ', 'interview with The ', 'speaking to The '].map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'g')

// A wire's own dateline opening the story: "PRETORIA, Nov 2 (Reuters) -", "WASHINGTON (AP) —". Others credit
// the wire inside their text ("told Reuters"), which names no outlet.
const WIRE_DATELINE = /^[\p{Lu}][\p{L} .,'/-]{2,60}?(?:,\s+\p{L}+\.?\s+\d{1,2})?\s+\((Reuters|AP|AFP)\)\s*[-–—]/u
const WIRES: Readonly<Record<string, string>> = { Reuters: 'Reuters', AP: 'Associated Press', AFP: 'Agence France-Presse' }
/** How far down the page a wire's dateline may stand (below the headline, standfirst and byline). */
const DATELINE_LINES = 12

const NOT_AN_OUTLET = /^(?:the|this|our|all|it|he|she|they|we|you|i|reuters|ap|afp|agencies|staff)$/i

// "Dawn Media Group Pvt Ltd", "HT Digital Streams Ltd": the company behind the title, not the title.
const COMPANY = /(?:\s+(?:Media Group|Pvt\.?|Private|Ltd\.?|Limited|Inc\.?|LLC|plc|PLC|GmbH|Corp\.?|Corporation))+$/

function clean(name: string): string | null {
  // "© Caspian Herald 2015": the year after the name is the mark's, not the name's.
  const trimmed = name.split(/[.,]\s/)[0].replace(/[.,'’]+$/, '').trim().replace(COMPANY, '').replace(/\s+(?:19|20)\d\d$/, '')
  // A year alone ("© 2023 | Privacy") names no one.
  if (trimmed.length < 2 || trimmed.length > 40 || NOT_AN_OUTLET.test(trimmed) || /^\d+$/.test(trimmed) || /^copyright\b/i.test(trimmed)) return null
  return trimmed
}

/** The outlet a page names as itself, from its lines (kept and furniture alike). */
export function outletFromLines(lines: readonly string[], joined?: string): string | null {
  const all = joined ?? lines.join('\n')
  // One scan for every trigger word, then only the patterns whose word occurs.
  const present = new Set(all.match(TRIGGERS))
  if (!present.size) return wireOf(lines)
  for (const [word, pattern] of SELF_NAMING) {
    if (!present.has(word)) continue
    for (const line of lines) {
      if (!line.includes(word)) continue
      const m = pattern.exec(line.trim())
      const name = m && clean(m[1])
      if (name) return name
    }
  }
  const wire = wireOf(lines)
  if (wire || (!present.has('told The ') && !present.has('interview with The ') && !present.has('speaking to The '))) return wire
  for (const line of lines) {
    const m = TOLD.exec(line)
    const name = m && clean(m[1])
    if (name) return name
  }
  return null
}

function wireOf(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, DATELINE_LINES)) {
    const m = WIRE_DATELINE.exec(line.trim())
    if (m) return WIRES[m[1]]
  }
  return null
}

const URL_LINE = /^(?:(?:source|url|link|original(?: article)?|canonical|read (?:it )?(?:at|on))\s*:?\s*)?(https?:\/\/[^\s<>"]+\/[^\s<>"]+)$/i

/** A line that is only an article address (a path, not a bare domain), labelled or not. */
export function urlFromLines(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = URL_LINE.exec(line.trim())
    if (m) return m[1]
  }
  return null
}
