// Which parser reads which file, and a plain name for everything else.
import { DATE_MARKER } from '../dateline'
import { BOOKMARK_FILE, parseBookmarks } from './bookmarks'
import { parseCaptions } from './captions'
import { parseCsvBytes } from './csv'
import { parseEml } from './eml'
import { parseEnex } from './enex'
import { parseEpub } from './epub'
import { parseFeed } from './feed'
import { parseHtml } from './html'
import { parseJson, parseJsonLines } from './json'
import { parseMarkdown } from './md'
import { parseMbox } from './mbox'
import { parseMhtml } from './mhtml'
import { parseDocx, parseOdt } from './office'
import { parseOrg } from './org'
import { parsePdf } from './pdf'
import { parseRtf } from './rtf'
import { parseTxt } from './txt'
import type { ParseResult } from './types'
import { parseWarc } from './warc'
import { parseWebarchive } from './webarchive'

type Parser = (file: string, text: string) => ParseResult
/** A format that is not text: read from the file's bytes. */
export type BytesParser = (file: string, bytes: Uint8Array) => ParseResult

const parseText: Parser = (file, text) => ({ articles: [parseTxt(file, text)] })

/** A web page, or the bookmarks a browser or bookmarking service exports as one. */
function parsePage(file: string, text: string): ParseResult {
  return BOOKMARK_FILE.test(text.slice(0, 1000)) ? parseBookmarks(file, text) : parseHtml(file, text)
}

// A file without an extension: an old archive system's or a wire's export ("SLUG: ... HEADLINE: ..."), read as a text
// when it reads as prose; a project's README, LICENSE or Makefile never is.
const PROJECT_FILE = /^(?:readme|licen[cs]e|copying|changelog|changes|authors|contributors|contributing|notice|todo|makefile|dockerfile|gemfile|rakefile|procfile|vagrantfile|jenkinsfile|manifest)$/i
const PROSE_LINE = /^.{60,}[.!?"”'’)]\s*$/gm
const PROSE_LINES = 3

function parseUnnamed(file: string, text: string): ParseResult {
  const name = file.slice(file.lastIndexOf('/') + 1)
  if (PROJECT_FILE.test(name)) return { error: 'not an article file (no file extension)' }
  if ((text.slice(0, 200_000).match(PROSE_LINE)?.length ?? 0) < PROSE_LINES) return { error: 'not an article file (no file extension, and not prose)' }
  return parseText(file, text)
}

const PARSERS: Record<string, Parser> = {
  '': parseUnnamed,
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
  org: parseOrg,
  vtt: parseCaptions,
  srt: parseCaptions,
}

const BYTES_PARSERS: Record<string, BytesParser> = {
  pdf: parsePdf,
  epub: parseEpub,
  docx: parseDocx,
  odt: parseOdt,
  webarchive: parseWebarchive,
  warc: parseWarc,
  csv: parseCsvBytes,
  tsv: parseCsvBytes,
}

const KINDS: [RegExp, string][] = [
  [/^(?:png|jpe?g|gif|webp|bmp|tiff?|ico|heic|avif|svg)$/, 'image'],
  [/^(?:doc|pages|wpd)$/, 'word-processor document'],
  [/^(?:xlsx?|ods|numbers)$/, 'spreadsheet'],
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

export function bytesParserFor(file: string): BytesParser | null {
  return /\.warc\.gz$/i.test(file) ? parseWarc : BYTES_PARSERS[extensionOf(file)] ?? null
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
  const kind = KINDS.find(([re]) => re.test(ext))?.[1] ?? 'file'
  return `not an article file (.${ext} ${kind})`
}
