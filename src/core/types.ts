// Plain data passed between the pipeline stages.
import type { DateEvidence, IsoDate, ItemType, Precision, Skipped } from '../shared/model'
import type { ParsedArticle } from './load/formats/types'

/** One article file after reading, decoding, format parsing and furniture removal. */
export interface ArticleDocument {
  /** Path relative to the opened folder, `/` separators. */
  file: string
  title: string | null
  outlet: string | null
  url: string | null
  /** Only what the file itself states (date line, metadata); inference happens later. */
  published: IsoDate | null
  publishedFrom: 'dateline' | null
  /** The day the page says it last changed, else the file's modification day: the last resort for the publication date. */
  fileDate: IsoDate | null
  /** The article body after furniture removal; paragraphs separated by blank lines. */
  text: string
  /**
   * Every line of the file in order, kept or removed, for the reader view. A kept line's `text` is exactly
   * `text.slice(offset, offset + line.text.length)` (trimmed, inner runs of spaces collapsed); `offset` is -1
   * for lines not in `text` (furniture, date lines, blank lines and a separate headline).
   */
  lines: DocumentLine[]
  /** The removed lines. */
  furniture: string[]
}

export interface DocumentLine {
  text: string
  furniture: boolean
  offset: number
  /** What the line is: article text, the separate headline, a printed date, furniture or a blank line. */
  kind?: 'body' | 'headline' | 'date' | 'furniture' | 'blank'
  /** Why a furniture line was removed ("paywall", "repeated across files", ...). */
  rule?: string
}

export interface LoadResult {
  documents: ArticleDocument[]
  skipped: Skipped[]
}

export interface LoadOptions {
  signal?: AbortSignal
  onProgress?: (done: number, total: number) => void
  /** Earlier loads' work, reused where the inputs are the same (src/core/cache). */
  memo?: LoadMemo
}

/** What reading one file gave: its articles, and the notes it left in `skipped`. */
export interface ParsedFile {
  articles: ParsedArticle[]
  skipped: Skipped[]
}

/**
 * Each hook answers what `run` would, from an earlier load when it has the same inputs: the file's path
 * and bytes; for a document, that article plus its file date and the folder's repeated lines it contains.
 */
export interface LoadMemo {
  parse(file: string, bytes: Uint8Array, run: () => ParsedFile): ParsedFile
  document(article: ParsedArticle, inputs: { fileDate: IsoDate | null; keys: readonly string[]; repeated: ReadonlySet<string> }, run: () => ArticleDocument): ArticleDocument
}

/** An article as the extraction stage sees it: cleaned text and a (possibly inferred) date. */
export interface ArticleForExtraction {
  id: string
  title: string | null
  text: string
  published: IsoDate
}

/** One item as one article reports it, before merging across articles. */
export interface ExtractedItem {
  articleId: string
  type: ItemType
  start: IsoDate
  end: IsoDate
  precision: Precision
  planned: boolean
  dateEvidence: DateEvidence
  /** Canonical speaker (person, or office/country when no person is named); null for events. */
  speaker: string | null
  role: string | null
  quote: string | null
  title: string
  /** Canonical people, organisations and countries involved. */
  actors: string[]
  /** The article's own sentence(s) and where they stand in `ArticleForExtraction.text`. */
  text: string
  offset: number
  length: number
}
