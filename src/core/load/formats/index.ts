// Which parser reads which file, and a plain name for everything else.
import { DATE_MARKER } from '../dateline'
import { BOOKMARK_FILE, parseBookmarks } from './bookmarks'
import { parseEml } from './eml'
import { parseEnex } from './enex'
import { parseFeed } from './feed'
import { parseHtml } from './html'
import { parseJson, parseJsonLines } from './json'
import { parseMarkdown } from './md'
import { parseMbox } from './mbox'
import { parseMhtml } from './mhtml'
import { parseRtf } from './rtf'
import { parseTxt } from './txt'
import type { ParseResult } from './types'

type Parser = (file: string, text: string) => ParseResult

const parseText: Parser = (file, text) => ({ articles: [parseTxt(file, text)] })

/** A web page, or the bookmarks a browser or bookmarking service exports as one. */
function parsePage(file: string, text: string): ParseResult {
  return BOOKMARK_FILE.test(text.slice(0, 1000)) ? parseBookmarks(file, text) : parseHtml(file, text)
}

const PARSERS: Record<string, Parser> = {
  txt: parseText,
  text: parseText,
  md: parseMarkdown,
  markdown: parseMarkdown,
  html: parsePage,
  htm: parsePage,
  xhtml: parsePage,
  mhtml: parseMhtml,
  mht: parseMhtml,
  eml: parseEml,
  mbox: parseMbox,
  enex: parseEnex,
  xml: parseFeed,
  rss: parseFeed,
  atom: parseFeed,
  nitf: parseFeed,
  newsml: parseFeed,
  json: parseJson,
  jsonl: parseJsonLines,
  ndjson: parseJsonLines,
  rtf: parseRtf,
}

const KINDS: [RegExp, string][] = [
  [/^(?:png|jpe?g|gif|webp|bmp|tiff?|ico|heic|avif|svg)$/, 'image'],
  [/^pdf$/, 'PDF document'],
  [/^(?:docx?|odt|pages)$/, 'word-processor document'],
  [/^(?:xlsx?|ods|csv|tsv|numbers)$/, 'spreadsheet'],
  [/^(?:pptx?|odp|key)$/, 'presentation'],
  [/^(?:zip|gz|tgz|bz2|xz|7z|rar|tar|zst)$/, 'archive'],
  [/^(?:mp3|wav|ogg|m4a|flac|aac|opus)$/, 'audio'],
  [/^(?:mp4|mov|avi|mkv|webm|m4v|wmv)$/, 'video'],
  [/^(?:exe|dll|so|dylib|bin|app|msi|dmg|deb|rpm|apk)$/, 'program'],
  [/^(?:js|mjs|cjs|ts|css|map|py|sh|rb|java|c|h|cpp|go|rs|php)$/, 'code'],
  [/^(?:woff2?|ttf|otf|eot)$/, 'font'],
  [/^msg$/, 'e-mail'],
  [/^(?:db|sqlite|sqlite3)$/, 'database'],
]

export function extensionOf(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

export function parserFor(file: string): Parser | null {
  return PARSERS[extensionOf(file)] ?? null
}

/** A page saved as .txt but holding HTML is read as HTML. */
function parserForContent(text: string, byName: Parser): Parser {
  return byName !== parsePage && /^\s*<(?:!doctype html|html[\s>])/i.test(text.slice(0, 1000)) ? parsePage : byName
}

/**
 * The file's articles by the parser its name or content calls for. The ` date YYYY-MM-DD` first line that dates a text
 * dates a file of any other format it is set above ("date 2012-08-06" before a page's <!DOCTYPE>): the reader's own note.
 */
export function parseContent(file: string, text: string, byName: Parser): ParseResult {
  const end = text.indexOf('\n')
  const marker = DATE_MARKER.exec(end < 0 ? text : text.slice(0, end))
  const rest = marker && end >= 0 ? text.slice(end + 1) : text
  const parse = parserForContent(rest, byName)
  if (!marker || parse === parseText) return parse(file, text)
  const result = parse(file, rest)
  return 'error' in result ? result : { articles: result.articles.map((article) => ({ ...article, published: marker[1] })) }
}

/** "not an article file (.png image)" */
export function unsupportedReason(file: string): string {
  const ext = extensionOf(file)
  if (!ext) return 'not an article file (no file extension)'
  const kind = KINDS.find(([re]) => re.test(ext))?.[1] ?? 'file'
  return `not an article file (.${ext} ${kind})`
}
