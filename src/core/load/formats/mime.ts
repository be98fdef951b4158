// MIME messages, as browsers save pages (.mhtml) and mail programs save letters (.eml): headers, parts
// nested in multiparts, bodies in quoted-printable or base64 in the charset each part declares.

export interface MimePart {
  /** Names in lower case, folded lines joined. */
  headers: Map<string, string>
  body: string
}

/** Headers and the body after the first blank line. */
export function splitPart(raw: string): MimePart {
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

/** The parts a multipart holds, one level down; a single part is its own. */
export function childParts(part: MimePart): MimePart[] {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(part.headers.get('content-type') ?? '')?.[1]
  if (!boundary) return [part]
  // The preamble before the first boundary and the epilogue after the last ("--boundary--") are no parts.
  return part.body.split(`--${boundary}`).slice(1).filter((p) => !/^--/.test(p)).map(splitPart)
}

/** Every part that holds content, through multiparts nested in multiparts (a letter's alternative inside its mixed). */
export function leafParts(part: MimePart, depth = 0): MimePart[] {
  const children = childParts(part)
  if (children.length === 1 && children[0] === part) return [part]
  return depth > 8 ? [] : children.flatMap((child) => (/^multipart\//i.test(child.headers.get('content-type') ?? '') ? leafParts(child, depth + 1) : [child]))
}

export function contentType(part: MimePart): string {
  return (part.headers.get('content-type') ?? 'text/plain').split(';')[0].trim().toLowerCase()
}

/** The part's body as text, in the charset it declares. */
export function decodeBody(part: MimePart): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase()
  const charset = /charset="?([\w.:-]+)"?/i.exec(part.headers.get('content-type') ?? '')?.[1] ?? 'utf-8'
  const bytes = encoding === 'quoted-printable' ? quotedPrintable(part.body) : encoding === 'base64' ? base64(part.body) : null
  return bytes ? decodeBytes(bytes, charset) : part.body
}

function decodeBytes(bytes: Uint8Array, charset: string): string {
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

/** A body cut short or damaged decodes to nothing rather than stopping the folder's load. */
function base64(body: string): Uint8Array {
  try {
    return Uint8Array.from(atob(body.replace(/[^A-Za-z0-9+/=]/g, '')), (c) => c.charCodeAt(0))
  } catch {
    return new Uint8Array()
  }
}

const ENCODED_WORD = /=\?([\w.:-]+)\?([QqBb])\?([^?]*)\?=/g

/** A header's encoded words ("=?utf-8?Q?Ku=C5=BAnica?=") as text; spaces between two of them go. */
export function decodeHeader(value: string): string {
  return value.replace(/(\?=)\s+(?==\?)/g, '$1').replace(ENCODED_WORD, (_, charset: string, kind: string, data: string) =>
    decodeBytes(kind.toUpperCase() === 'B' ? base64(data) : quotedPrintable(data.replace(/_/g, ' ')), charset),
  )
}
