// Plain data passed between the pipeline stages.
import type { IsoDate, Skipped } from '../shared/model'

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
  /** The file's modification day, the last resort for the publication date. */
  fileDate: IsoDate | null
  /** The article body after furniture removal; paragraphs separated by blank lines. */
  text: string
  /** Every line of the file in order, kept or removed, for the reader view. */
  lines: { text: string; furniture: boolean; offset: number }[]
  /** The removed lines. */
  furniture: string[]
}

export interface LoadResult {
  documents: ArticleDocument[]
  skipped: Skipped[]
}

export interface LoadOptions {
  signal?: AbortSignal
  onProgress?: (done: number, total: number) => void
}
