// Plain text: the optional ` date YYYY-MM-DD` marker on the first line, then the page as saved.
import { DATE_MARKER } from '../dateline'
import type { SourceLine } from '../clean'
import type { ParsedArticle } from './types'

export function parseTxt(file: string, text: string): ParsedArticle {
  const raw = text.split('\n')
  const lines: SourceLine[] = []
  let published: string | null = null
  const marker = DATE_MARKER.exec(raw[0] ?? '')
  if (marker) {
    published = marker[1]
    lines.push({ text: marker[0].trimEnd(), kind: 'date' })
    const rest = raw[0].slice(marker[0].length)
    if (rest.trim()) lines.push({ text: rest })
    raw.shift()
  }
  for (const line of raw) lines.push({ text: line })
  return { file, lines, title: null, outlet: null, url: null, published }
}
