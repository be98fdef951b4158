// A page saved by a browser as one file (.mhtml, .mht: "Webpage, Single File"): a MIME message whose
// text/html part is the page, in quoted-printable or base64, in the charset its part declares.
import { parseHtml } from './html'
import type { ParseResult } from './types'

interface MimePart {
  headers: Map<string, string>
  body: string
}

export function parseMhtml(file: string, text: string): ParseResult {
  const { headers, body } = splitPart(text)
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers.get('content-type') ?? '')?.[1]
  const parts = boundary ? body.split(`--${boundary}`).map(splitPart) : [{ headers, body }]
  const page = parts.find((p) => /^text\/html\b/i.test(p.headers.get('content-type') ?? ''))
  if (!page) return { error: 'a saved web page (MHTML) without an HTML part' }
  const parsed = parseHtml(file, decodeBody(page))
  if ('error' in parsed) return parsed
  // The address the browser saved the page from, when the page names none of its own.
  const saved = page.headers.get('content-location') ?? headers.get('snapshot-content-location') ?? null
  return { articles: parsed.articles.map((a) => ({ ...a, url: a.url ?? (saved && /^https?:/i.test(saved) ? saved : null) })) }
}

/** Headers (names in lower case, folded lines joined) and the body after the first blank line. */
function splitPart(raw: string): MimePart {
  const text = raw.replace(/^\r?\n/, '')
  const blank = /\r?\n\r?\n/.exec(text)
  const head = blank ? text.slice(0, blank.index) : text
  const headers = new Map<string, string>()
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return { headers, body: blank ? text.slice(blank.index + blank[0].length) : '' }
}

function decodeBody(part: MimePart): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase()
  const charset = /charset="?([\w.:-]+)"?/i.exec(part.headers.get('content-type') ?? '')?.[1] ?? 'utf-8'
  const bytes = encoding === 'quoted-printable' ? quotedPrintable(part.body) : encoding === 'base64' ? base64(part.body) : null
  if (!bytes) return part.body
  try {
    return new TextDecoder(charset.toLowerCase()).decode(bytes)
  } catch {
    return new TextDecoder('utf-8').decode(bytes)
  }
}

/** "=E2=80=94" is three bytes; "=" at a line's end joins it to the next. */
function quotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/g, '')
  const out: number[] = []
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '=' ? /^[0-9A-Fa-f]{2}$/.exec(text.slice(i + 1, i + 3)) : null
    if (hex) {
      out.push(parseInt(hex[0], 16))
      i += 2
    } else out.push(text.charCodeAt(i) & 0xff)
  }
  return Uint8Array.from(out)
}

function base64(body: string): Uint8Array {
  const binary = atob(body.replace(/[^A-Za-z0-9+/=]/g, ''))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}
