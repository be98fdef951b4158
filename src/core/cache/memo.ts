// The load and story memos over the cache's packs. Each answers from the pack when the inputs' key is
// there, else runs the work; either way the entry is kept for the next pack, so entries of files that
// left the folder are dropped when the packs are written again.
import type { Item } from '../../shared/model'
import type { ParsedArticle } from '../load/formats/types'
import type { StoryInputs, StoryMemo } from '../pipeline'
import type { ArticleDocument, LoadMemo, ParsedFile } from '../types'
import { digest } from './hash'
import type { Pack } from './store'

/** Entries by key: the previous load's (read lazily from disk) or the next one's (kept to be written). */
export interface Packs<M extends 'read' | 'write' = 'read'> {
  parsed: M extends 'read' ? Pack<ParsedFile> : Map<string, ParsedFile>
  documents: M extends 'read' ? Pack<ArticleDocument> : Map<string, ArticleDocument>
  stories: M extends 'read' ? Pack<readonly Item[]> : Map<string, readonly Item[]>
}

export interface MemoCounts {
  parsedHits: number
  parsedRuns: number
  documentHits: number
  documentRuns: number
  storyHits: number
  storyRuns: number
}

export class PackMemo implements LoadMemo, StoryMemo {
  readonly next: Packs<'write'> = { parsed: new Map(), documents: new Map(), stories: new Map() }
  readonly counts: MemoCounts = { parsedHits: 0, parsedRuns: 0, documentHits: 0, documentRuns: 0, storyHits: 0, storyRuns: 0 }
  /** Every file's key in listing order: the folder's content, for the whole-timeline key. */
  readonly fileKeys: string[] = []
  private readonly articleKeys = new WeakMap<ParsedArticle, string>()

  constructor(private previous: Packs) {}

  /** After loading: parses and documents are written; neither pack is needed through the pipeline. */
  loaded(): void {
    this.next.parsed.clear()
    this.next.documents.clear()
    const none = { get: () => undefined }
    this.previous = { parsed: none, documents: none, stories: this.previous.stories }
  }

  parse(file: string, bytes: Uint8Array, run: () => ParsedFile): ParsedFile {
    const key = digest([file, bytes])
    this.fileKeys.push(key)
    let parsed = this.previous.parsed.get(key)
    if (parsed) this.counts.parsedHits++
    else {
      parsed = run()
      this.counts.parsedRuns++
    }
    this.next.parsed.set(key, parsed)
    parsed.articles.forEach((article, i) => this.articleKeys.set(article, `${key}#${i}`))
    return parsed
  }

  document(article: ParsedArticle, inputs: { fileDate: string | null; keys: readonly string[]; repeated: ReadonlySet<string> }, run: () => ArticleDocument): ArticleDocument {
    const source = this.articleKeys.get(article)
    // Only the folder's repeated lines that this article contains can change its cleaning.
    const key = source === undefined ? undefined : digest([source, inputs.fileDate ?? '', ...inputs.keys.filter((k) => inputs.repeated.has(k))])
    let document = key === undefined ? undefined : this.previous.documents.get(key)
    if (document) this.counts.documentHits++
    else {
      document = run()
      this.counts.documentRuns++
    }
    if (key !== undefined) this.next.documents.set(key, document)
    return document
  }

  recall(inputs: StoryInputs): readonly Item[] | undefined {
    const items = this.previous.stories.get(storyKey(inputs))
    if (items) {
      this.counts.storyHits++
      this.next.stories.set(storyKey(inputs), items)
    }
    return items
  }

  remember(inputs: StoryInputs, items: readonly Item[]): void {
    this.counts.storyRuns++
    this.next.stories.set(storyKey(inputs), items)
  }
}

const storyKeys = new WeakMap<StoryInputs, string>()

function storyKey(inputs: StoryInputs): string {
  let key = storyKeys.get(inputs)
  if (key === undefined) {
    const parts: string[] = [inputs.storyId]
    for (const a of inputs.articles) parts.push(a.id, a.title ?? '\u0001', a.published, a.text)
    for (const [id, a] of inputs.info) parts.push(id, a.file, a.outlet ?? '\u0001', a.published ?? '\u0001', a.publishedFrom ?? '\u0001')
    key = digest(parts)
    storyKeys.set(inputs, key)
  }
  return key
}
