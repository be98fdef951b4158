// loadFolder: walk -> read -> decode -> parse (per format) -> learn the folder's furniture -> clean.
// Bad files never stop a load: each becomes a `skipped` entry with a plain reason.
import type { Skipped } from '../../shared/model'
import type { ArticleDocument, LoadMemo, LoadOptions, LoadResult, ParsedFile } from '../types'
import { lineKeys } from './clean'
import { decodeBytes, normalizeText } from './decode'
import { buildDocument } from './document'
import { bytesParserFor, parseContent, parserFor, unsupportedReason } from './formats'
import type { ParsedArticle, ParseResult } from './formats/types'
import { learnFolder } from './learn'
import { MAX_BYTES, MAX_CONTAINER_BYTES, nodeReadIo, type ReadIo } from './read'
import { errorCode, nodeWalkIo, walkFolder, yieldToEventLoop, type FoundFile, type WalkIo } from './walk'

export interface LoaderIo extends WalkIo, ReadIo {}

type Parser = NonNullable<ReturnType<typeof parserFor>>

const nodeIo: LoaderIo = { ...nodeWalkIo, ...nodeReadIo }
const YIELD_EVERY = 32

export async function loadFolder(root: string, options: LoadOptions = {}): Promise<LoadResult> {
  return loadFolderWith(root, options, nodeIo)
}

/** loadFolder with the file system passed in (tests simulate unreadable or vanishing files). */
export async function loadFolderWith(root: string, options: LoadOptions, io: LoaderIo, maxBytes = MAX_BYTES): Promise<LoadResult> {
  const { signal, onProgress } = options
  signal?.throwIfAborted()
  const walked = await walkFolder(root, io, signal)
  const skipped: Skipped[] = [...walked.skipped]
  const total = walked.files.length
  onProgress?.(0, total)

  const parsed: { found: FoundFile; articles: ParsedArticle[] }[] = []
  for (let i = 0; i < total; i++) {
    if (i % YIELD_EVERY === 0) await yieldToEventLoop()
    signal?.throwIfAborted()
    const found = walked.files[i]
    parsed.push({ found, articles: await readArticles(found, io, maxBytes, skipped, options.memo) })
    onProgress?.(i + 1, total)
  }
  signal?.throwIfAborted()

  const all = parsed.flatMap((p) => p.articles)
  const keys = new Map(all.map((article) => [article, lineKeys(article.lines)]))
  const folder = learnFolder(all, all.map((article) => keys.get(article)!))
  const documents: ArticleDocument[] = []
  for (const [i, { found, articles }] of parsed.entries()) {
    if (i % YIELD_EVERY === 0) {
      await yieldToEventLoop()
      signal?.throwIfAborted()
    }
    const fileDate = found.mtime.getTime() > 0 ? found.mtime.toISOString().slice(0, 10) : null
    for (const article of articles) {
      const lineKeys = keys.get(article)!
      const build = (): ArticleDocument => buildDocument(article, folder, fileDate, lineKeys)
      const doc = options.memo ? options.memo.document(article, { fileDate, keys: lineKeys, repeated: folder.repeated }, build) : build()
      if (doc.text) documents.push(doc)
      else skipped.push({ file: doc.file, reason: doc.title && !doc.furniture.length ? 'no article text (only a headline)' : 'no article text (only page furniture)' })
    }
  }
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  return { documents, skipped }
}

async function readArticles(found: FoundFile, io: ReadIo, maxBytes: number, skipped: Skipped[], memo?: LoadMemo): Promise<ParsedArticle[]> {
  const { file } = found
  const parseText = parserFor(file)
  const parseDocument = parseText ? null : bytesParserFor(file)
  if (!parseText && !parseDocument) {
    skipped.push({ file, reason: unsupportedReason(file) })
    return []
  }
  if (found.size === 0) {
    skipped.push({ file, reason: 'empty file' })
    return []
  }
  let bytes: Uint8Array
  try {
    bytes = await io.readStart(found.path, found.size, parseText ? maxBytes : Math.max(maxBytes, MAX_CONTAINER_BYTES))
  } catch (error) {
    const code = errorCode(error)
    skipped.push({ file, reason: code === 'ENOENT' ? 'file disappeared before it could be read' : code === 'EACCES' || code === 'EPERM' ? 'not readable (permission denied)' : `not readable (${code})` })
    return []
  }
  const run = (): ParsedFile => {
    const notes: Skipped[] = []
    const articles = parseText ? parseBytes(file, bytes, maxBytes, parseText, notes) : articlesOf(file, () => parseDocument!(file, bytes), notes)
    return { articles, skipped: notes }
  }
  const result = memo ? memo.parse(file, bytes, run) : run()
  skipped.push(...result.skipped)
  return result.articles
}

function parseBytes(file: string, bytes: Uint8Array, maxBytes: number, parse: Parser, skipped: Skipped[]): ParsedArticle[] {
  const truncated = bytes.length >= maxBytes
  const decoded = decodeBytes(bytes, truncated)
  if (!decoded.ok) {
    skipped.push({ file, reason: decoded.reason })
    return []
  }
  const text = normalizeText(decoded.text)
  if (!text.trim()) {
    skipped.push({ file, reason: bytes.length ? 'no text (only white space)' : 'empty file' })
    return []
  }
  if (truncated) skipped.push({ file, reason: `larger than ${size(maxBytes)}: only the first ${size(maxBytes)} read` })
  return articlesOf(file, () => parseContent(file, text, parse), skipped)
}

/** What a parser reads, or nothing and the reason: its own, or why it could not finish (nested deeper than the stack goes). */
function articlesOf(file: string, parse: () => ParseResult, skipped: Skipped[]): ParsedArticle[] {
  let result: ParseResult
  try {
    result = parse()
  } catch (error) {
    skipped.push({ file, reason: error instanceof RangeError ? 'nested too deeply to read' : `could not be read (${error instanceof Error ? error.message : String(error)})` })
    return []
  }
  if ('error' in result) {
    skipped.push({ file, reason: result.error })
    return []
  }
  return result.articles
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`
}
