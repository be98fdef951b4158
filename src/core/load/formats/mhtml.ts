// A page saved by a browser as one file (.mhtml, .mht: "Webpage, Single File"): a MIME message whose
// text/html part is the page, in quoted-printable or base64, in the charset its part declares.
import { parseHtml } from './html'
import { childParts, decodeBody, splitPart } from './mime'
import type { ParseResult } from './types'

export function parseMhtml(file: string, text: string): ParseResult {
  const message = splitPart(text)
  const page = childParts(message).find((p) => /^text\/html\b/i.test(p.headers.get('content-type') ?? ''))
  if (!page) return { error: 'a saved web page (MHTML) without an HTML part' }
  const parsed = parseHtml(file, decodeBody(page))
  if ('error' in parsed) return parsed
  // The address the browser saved the page from, when the page names none of its own.
  const saved = page.headers.get('content-location') ?? message.headers.get('snapshot-content-location') ?? null
  return { articles: parsed.articles.map((a) => ({ ...a, url: a.url ?? (saved && /^https?:/i.test(saved) ? saved : null) })) }
}
