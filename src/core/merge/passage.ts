// A stage before merging: within one article, an event read from the very passage of a statement and
// dated the same day is the act of saying itself ("the EU's diplomatic service announced on Wednesday"),
// not a second happening; it is folded into the statement. An event of its own date (talks "on
// January 12" announced on 27 December) stays.
import { FIRST_PERSON, quotedAt } from '../text'
import type { ExtractedItem } from '../types'
import { datesAgree } from './same'

function overlaps(a: ExtractedItem, b: ExtractedItem): boolean {
  return a.articleId === b.articleId && a.offset < b.offset + b.length && b.offset < a.offset + a.length
}

/** The day is part of what was said: inside quotation marks, or in a transcript's first-person line ("Yesterday we spent …"). */
function inSpeakersWords(text: string, phrase: string): boolean {
  return /[“”"]/.test(text) ? quotedAt(text, text.indexOf(phrase)) : FIRST_PERSON.test(text)
}

/**
 * A planned event ("will be signed tomorrow") or one of a wider window (a call "earlier this week") is news
 * of its own; so is a day the passage names beside an undated statement ("criticized the hearing at which
 * Cohen testified on Wednesday"): had the day been the saying's, the statement would carry it. Unless the
 * day is in the speaker's own words.
 */
export function isSayingEvent(event: ExtractedItem, statement: ExtractedItem): boolean {
  const singleDays = event.start === event.end && statement.start === statement.end
  if (statement.precision === 'approximate' && event.dateEvidence.phrase && !inSpeakersWords(event.text, event.dateEvidence.phrase)) return false
  return event.type === 'event' && statement.type === 'statement' && !event.planned && singleDays && overlaps(event, statement) && datesAgree(event, statement)
}

/** The items without the events that only restate a statement of the same passage. */
export function foldSayingEvents(items: readonly ExtractedItem[]): ExtractedItem[] {
  const statements = new Map<string, ExtractedItem[]>()
  for (const i of items) if (i.type === 'statement') (statements.get(i.articleId) ?? statements.set(i.articleId, []).get(i.articleId)!).push(i)
  return items.filter((i) => i.type !== 'event' || !(statements.get(i.articleId) ?? []).some((s) => isSayingEvent(i, s)))
}

