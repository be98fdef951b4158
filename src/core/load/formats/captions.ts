// Captions of a briefing, an interview or a broadcast (WebVTT .vtt, SubRip .srt): the cues' words as a transcript, a
// paragraph a speaker's turn, the speaker a label ("MAYA TRAN: ...") as transcripts write it. Timings, cue numbers,
// styling, and a rolling caption's repeated line are passed over; a NOTE or the header's title names the programme.
import type { SourceLine } from '../clean'
import { decodeReferences } from './xml'
import type { ParsedArticle, ParseResult } from './types'

const TIMING = /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s+-->\s+(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}/
const VOICE = /<v(?:\.[\w.-]+)?\s+([^>]+)>/
// "HOST:", "DR. MIRZA:", "- Yes." (a dialogue dash opens another voice's line).
const LABEL = /^((?:[\p{Lu}][\p{Lu}\p{M}'.-]*\s?){1,5}):\s+/u
const DASH = /^[-–]\s+/

export function parseCaptions(file: string, text: string): ParseResult {
  const blocks = text.replace(/^\ufeff/, '').split(/\n\s*\n/)
  const vtt = /^WEBVTT\b/.test(blocks[0]?.trim() ?? '')
  let title: string | null = vtt ? blocks[0].trim().split('\n')[0].replace(/^WEBVTT\s*[-–:]?\s*/, '').trim() || null : null
  const notes: string[] = []
  const turns: { speaker: string | null; words: string[] }[] = []
  let cues = 0
  let last = ''
  for (const block of blocks.slice(vtt ? 1 : 0)) {
    const lines = block.split('\n').map((line) => line.trim())
    if (/^NOTE\b/.test(lines[0])) {
      notes.push([lines[0].replace(/^NOTE\s*/, ''), ...lines.slice(1)].join(' ').trim())
      continue
    }
    if (/^(?:STYLE|REGION)\b/.test(lines[0])) continue
    const timing = lines.findIndex((line) => TIMING.test(line))
    if (timing < 0) continue
    cues++
    for (const raw of lines.slice(timing + 1)) {
      const voice = VOICE.exec(raw)?.[1]?.trim() ?? null
      let line = decodeReferences(raw.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim()
      // A rolling caption shows its last line again at the top of the next cue.
      if (!line || line === last) continue
      last = line
      const label = LABEL.exec(line)
      const dash = DASH.test(line)
      line = line.replace(label ? LABEL : DASH, '')
      const speaker = voice ?? label?.[1]?.trim() ?? null
      const current = turns.at(-1)
      if (!current || (speaker && speaker !== current.speaker) || (dash && !voice)) turns.push({ speaker: speaker ?? (dash ? null : current?.speaker ?? null), words: [line] })
      else current.words.push(line)
    }
  }
  if (!cues) return { error: `not ${vtt ? 'WebVTT' : 'SubRip'} captions (no cue with its timing)` }
  if (!turns.length) return { error: 'captions without words' }
  title ??= notes[0] ?? null
  const lines: SourceLine[] = [
    ...notes.map((note): SourceLine => ({ text: note })),
    ...turns.map((turn): SourceLine => ({ text: `${turn.speaker ? `${turn.speaker.toUpperCase()}: ` : ''}${turn.words.join(' ')}` })),
  ]
  const article: ParsedArticle = { file, lines, title, outlet: null, url: null, published: null }
  return { articles: [article] }
}
