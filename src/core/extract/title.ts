// Short readable titles: "Lavrov: talks with the US right after the New Year holidays", "Nato-Russia
// Council meeting on January 12".
import type { DateMention } from '../dates'
import type { Attribution } from './attribution'

const MAX_TITLE = 110

function clip(text: string): string {
  const t = text.slice(0, MAX_TITLE * 3).replace(/\s+/g, ' ').replace(/^[\s,;:–—-]+/, '').replace(/[\s,;:–—-]+$/, '').trim()
  if (t.length <= MAX_TITLE) return t
  const cut = t.slice(0, MAX_TITLE)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const QUOTED = /[“"«]([^“”"«»]{12,})[”"»]/g

/** The speaker's own words: the quoted spans, or an unmarked quotation before ", S said". */
export function quotedWords(sentence: string, attribution: Attribution | null): string | null {
  const spans = [...sentence.matchAll(QUOTED)].map((m) => m[1].trim().replace(/[,.]$/, ''))
  if (spans.length) return spans.join(' … ')
  if (attribution && !attribution.contentAfter && attribution.subjectOffset > 20) {
    const before = sentence.slice(0, attribution.subjectOffset).replace(/[\s,]+$/, '')
    if (/^(?:It|We|I|Our|This|There)\b/.test(before)) return before
  }
  return null
}

function surname(speaker: string): string {
  if (/\s(?:official|office|ministry|government|spokesperson)$/i.test(speaker) || !/^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’\-]+)+$/u.test(speaker)) return speaker
  return speaker.split(' ').pop()!
}

/** What follows the speech verb, without its audience and setting: "told reporters on Monday that X" -> X. */
function reportedClause(after: string): string {
  const that = /^(?:[^.“”"]{0,80}?)\bthat\s+/.exec(after)
  if (that) return after.slice(that[0].length)
  return after.replace(/^[\s,:]*(?:(?:on|in|at|to|via|during)\s+(?:an?|the|his|her|its|their)?\s*(?:[\w-]+\s+){0,3}?(?:statement|interview|tweet|briefing|speech|post|message|conference|twitter|reporters|journalists|television|tv|radio|parliament)\b[\s,:]*)*/i, '')
}

export function statementTitle(speaker: string, sentence: string, attribution: Attribution | null, quote: string | null): string {
  let gist = quote
  if (!gist && attribution) {
    const verbEnd = attribution.verbOffset + attribution.verb.length
    gist = attribution.contentAfter ? reportedClause(sentence.slice(verbEnd)) : sentence.slice(0, attribution.subjectOffset)
  }
  return `${surname(speaker)}: ${clip(capitalise(gist || sentence))}`
}

export function eventTitle(sentence: string, date: DateMention | null): string {
  let text = sentence
  if (date && date.offset <= 3) text = text.slice(date.offset + date.length)
  return clip(capitalise(text.replace(/^[\s,]+/, '')))
}
