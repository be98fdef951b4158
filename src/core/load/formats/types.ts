import type { IsoDate } from '../../../shared/model'
import type { SourceLine } from '../clean'

/** One article as a format parser reads it, before furniture removal. */
export interface ParsedArticle {
  /** Path relative to the folder; `file.json#2` for the second article of a JSON array. */
  file: string
  lines: SourceLine[]
  /** From metadata (front matter, <meta>, JSON fields); the text's own headline is found later. */
  title: string | null
  outlet: string | null
  url: string | null
  published: IsoDate | null
  /** When the page says it was last changed: not its publication, which came on or before that day. */
  updated?: IsoDate | null
  /** The lines joined, when the parser has that string anyway (saves building it again). */
  joined?: string
}

export type ParseResult = { articles: ParsedArticle[] } | { error: string }
