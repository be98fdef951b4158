// A letter saved from a mail program (.eml): a newsletter is an article. Its HTML part is read as a page,
// else its plain text; its Subject is the title, its sender's name the outlet and its Date the publication,
// where the body does not say otherwise. A letter that forwards another leaves the date to the forwarded
// headers in its body, which the text reader finds.
import { parseHtml } from './html'
import { isoFromValue } from './md'
import { contentType, decodeBody, decodeHeader, leafParts, splitPart } from './mime'
import { parseTxt } from './txt'
import type { ParsedArticle, ParseResult } from './types'

const FORWARDED = /^-{2,}\s*(?:Forwarded message|Original Message)\s*-{2,}|^Begin forwarded message:/im

export function parseEml(file: string, text: string): ParseResult {
  const message = splitPart(text)
  if (!message.headers.has('from') && !message.headers.has('subject')) return { error: 'an e-mail file without a sender or a subject' }
  const parts = leafParts(message)
  const html = parts.find((p) => contentType(p) === 'text/html')
  const plain = parts.find((p) => contentType(p) === 'text/plain')
  if (!html && !plain) return { error: 'an e-mail with no text or HTML part' }
  const body = decodeBody((html ?? plain)!)
  const parsed = html ? parseHtml(file, body) : { articles: [parseTxt(file, body)] }
  if ('error' in parsed) return parsed
  // The plain part tells a forward most plainly; without an HTML part it is the body already decoded.
  const forwarded = FORWARDED.test(plain && html ? decodeBody(plain) : body)
  const letter = {
    title: decodeHeader(message.headers.get('subject') ?? '').replace(/^(?:(?:fwd?|fw|re|aw|wg)\s*:\s*)+/i, '').trim() || null,
    outlet: senderName(message.headers.get('from') ?? ''),
    published: forwarded ? null : isoFromValue(message.headers.get('date') ?? ''),
  }
  return {
    articles: parsed.articles.map((a): ParsedArticle => ({
      ...a,
      // The forwarder's own note ("Rosa - this is the one I mentioned on Friday") is no part of the letter forwarded.
      ...(forwarded ? fromForwardedBlock(a) : {}),
      title: a.title ?? letter.title,
      outlet: a.outlet ?? (forwarded ? null : letter.outlet),
      published: a.published ?? letter.published,
    })),
  }
}

/** The article's lines from the forwarded block's marker on, when a note stands before it. */
function fromForwardedBlock(article: ParsedArticle): Pick<ParsedArticle, 'lines' | 'joined'> {
  const at = article.lines.findIndex((line) => FORWARDED.test(line.text))
  return at > 0 ? { lines: article.lines.slice(at), joined: undefined } : { lines: article.lines, joined: article.joined }
}

/** "Eastern Flank Brief <newsletter@easternflankbrief.eu>" → "Eastern Flank Brief"; an address alone names no outlet. */
function senderName(from: string): string | null {
  const name = decodeHeader(from).replace(/<[^>]*>/, '').replace(/^["'\s]+|["'\s]+$/g, '').trim()
  return name && !name.includes('@') ? name : null
}
