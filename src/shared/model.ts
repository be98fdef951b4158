// The timeline model: what the pipeline produces, the CLI prints and the renderer shows.
// Field names follow ../shared/eval/OUTPUT.md; optional fields are the app's additions.

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string

export type Precision = 'day' | 'week' | 'month' | 'year' | 'approximate'

/** How an article's publication date was established, best first. */
export type PublishedFrom = 'dateline' | 'text' | 'story' | 'file' | null

export type ItemType = 'statement' | 'event'

export interface Article {
  id: string
  /** Path relative to the opened folder, with `/` separators. */
  file: string
  title: string
  outlet: string | null
  url?: string | null
  published: IsoDate | null
  publishedFrom: PublishedFrom
  storyId: string
  /** Lines removed as page furniture (paywalls, share prompts, "see also" headlines...). */
  furniture?: string[]
}

export interface Story {
  id: string
  title: string
  articleIds: string[]
}

export interface Source {
  articleId: string
  /** The article's own sentence(s) the item comes from, after furniture removal. */
  text: string
  /** Character offsets of `text` in the article's cleaned text, for highlighting in context. */
  offset?: number
  length?: number
  /** This source's own reading, when it differs from the item's (see `conflicts`). */
  date?: { start: IsoDate; end: IsoDate; precision: Precision }
  speaker?: string | null
}

export interface DateEvidence {
  /** The words the date came from ("on Monday", "last week"), or null when the article date was used. */
  phrase: string | null
  /** The date it was resolved against (the article's date, or the event in context). */
  anchor: IsoDate | null
}

export interface Conflict {
  field: 'date' | 'speaker' | 'figure'
  versions: { value: string; articleIds: string[] }[]
}

export interface Item {
  id: string
  storyId: string
  type: ItemType
  start: IsoDate
  end: IsoDate
  precision: Precision
  title: string
  speaker: string | null
  /** The speaker's office, when the text gives it ("Russian Foreign Minister"). */
  role?: string | null
  quote?: string | null
  actors: string[]
  sources: Source[]
  planned?: boolean
  dateEvidence?: DateEvidence
  conflicts?: Conflict[]
  /** Id of the article that reported the item first (earliest publication date). */
  firstReported?: string
  /** Number of distinct outlets (or articles, where the outlet is unknown) reporting the item. */
  corroboration?: number
}

export interface Skipped {
  file: string
  reason: string
}

export interface Timeline {
  version: 1
  folder: string
  articles: Article[]
  stories: Story[]
  items: Item[]
  skipped: Skipped[]
}

/** An article's text for the reader view: kept lines and removed furniture, in file order. */
export interface ArticleText {
  articleId: string
  title: string
  outlet: string | null
  url: string | null
  published: IsoDate | null
  lines: { text: string; furniture: boolean; offset: number }[]
}
