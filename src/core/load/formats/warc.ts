// A web archive (.warc, or .warc.gz compressed record by record) as wget --warc-file, ArchiveWeb.page or a crawler writes
// it: records of requests, responses and metadata. Each page the archive captured (a response of text/html) is an article,
// read as a saved page; its address is the record's target. The capture's day is when the reader archived the page, so it
// is only the day the article had appeared by. Stylesheets, pictures, requests and the archive's own records are passed over.
import { gunzipSync } from 'node:zlib'
import { decodeLabelled } from '../decode'
import { parseHtml } from './html'
import { namedAsFile, type ListEntry } from './list'
import { isoFromValue } from './md'
import type { ParseResult } from './types'
import { MAX_ENTRY_BYTES } from './zip'

interface WarcRecord {
  headers: Map<string, string>
  block: Uint8Array
}

export function parseWarc(file: string, bytes: Uint8Array): ParseResult {
  let data = bytes
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      data = gunzipSync(bytes, { maxOutputLength: MAX_ENTRY_BYTES })
    } catch {
      return { error: `a compressed web archive that cannot be read (damaged, or larger than ${MAX_ENTRY_BYTES / 1024 / 1024} MB unpacked)` }
    }
  }
  if (latin1(data.subarray(0, 5)) !== 'WARC/') return { error: 'not a web archive (no "WARC/" record at its start)' }
  const entries: ListEntry[] = []
  for (const record of warcRecords(data)) {
    if (record.headers.get('warc-type') !== 'response' || !/application\/http/i.test(record.headers.get('content-type') ?? '')) continue
    const page = htmlOf(record.block)
    if (page === null) continue
    const result = parseHtml(file, page)
    if ('error' in result) continue
    const url = record.headers.get('warc-target-uri') ?? null
    const captured = isoFromValue(record.headers.get('warc-date') ?? '')
    for (const article of result.articles) {
      const length = article.lines.reduce((sum, line) => sum + line.text.length, 0)
      entries.push({ length, article: { ...article, file: `${file}#${entries.length + 1}`, url: article.url ?? url, updated: [article.updated, captured].filter((d): d is string => !!d).sort()[0] ?? null } })
    }
  }
  if (!entries.length) return { error: 'a web archive without a captured page (no HTML response in it)' }
  return { articles: namedAsFile(file, entries) }
}

function* warcRecords(data: Uint8Array): Generator<WarcRecord> {
  let at = 0
  while (at < data.length) {
    const headerEnd = indexOf(data, CRLF2, at)
    if (headerEnd < 0) return
    const head = latin1(data.subarray(at, headerEnd)).split(/\r?\n/)
    if (!head[0].startsWith('WARC/')) return
    const headers = new Map<string, string>()
    for (const line of head.slice(1)) {
      const colon = line.indexOf(':')
      if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
    }
    const length = Number(headers.get('content-length'))
    if (!Number.isFinite(length) || length < 0) return
    const start = headerEnd + 4
    yield { headers, block: data.subarray(start, Math.min(data.length, start + length)) }
    at = start + length
    while (at < data.length && (data[at] === 0x0d || data[at] === 0x0a)) at++
  }
}

/** The HTML page an HTTP response carries, decoded as its headers say; null for anything else. */
function htmlOf(block: Uint8Array): string | null {
  const headerEnd = indexOf(block, CRLF2, 0)
  if (headerEnd < 0) return null
  const head = latin1(block.subarray(0, headerEnd)).split(/\r?\n/)
  if (!/^HTTP\/[\d.]+\s+2\d\d\b/.test(head[0])) return null
  const header = (name: string): string => head.find((line) => line.toLowerCase().startsWith(`${name}:`))?.slice(name.length + 1).trim() ?? ''
  const type = header('content-type')
  if (type && !/html/i.test(type)) return null
  let body = block.subarray(headerEnd + 4)
  if (/chunked/i.test(header('transfer-encoding'))) body = dechunked(body)
  if (/gzip/i.test(header('content-encoding'))) {
    try {
      body = gunzipSync(body, { maxOutputLength: MAX_ENTRY_BYTES })
    } catch {
      return null
    }
  }
  return decodeLabelled(body, /charset=["']?([\w-]+)/i.exec(type)?.[1])
}

function dechunked(body: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = []
  let at = 0
  for (;;) {
    const lineEnd = indexOf(body, CRLF, at)
    if (lineEnd < 0) break
    const size = parseInt(latin1(body.subarray(at, lineEnd)), 16)
    if (!(size > 0)) break
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size))
    at = lineEnd + 2 + size + 2
  }
  return parts.length ? Buffer.concat(parts) : body
}

const CRLF = new Uint8Array([0x0d, 0x0a])
const CRLF2 = new Uint8Array([0x0d, 0x0a, 0x0d, 0x0a])

function indexOf(data: Uint8Array, needle: Uint8Array, from: number): number {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf(needle, from)
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
}
