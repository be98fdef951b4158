// The timeline cache, in the app's data folder (never the article folder). Reopening: the listing's
// paths, sizes and times unchanged -> the stored timeline, without reading a file. Otherwise every file
// is read, and only what changed is parsed, cleaned, extracted and merged again: parses are kept by
// (path, bytes), cleaned documents by (parse, file date, the folder's repeated lines they contain),
// stories' items by everything their extraction and merge read. Folder-wide steps (learning repeated
// lines, grouping stories, inferring dates) are cheap and always run again.
import { readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Item, Timeline } from '../../shared/model'
import { loadFolder } from '../load'
import { buildTimeline, buildTimelineWith, type BuildOptions, type StoryRunner } from '../pipeline'
import type { ArticleDocument, LoadOptions, ParsedFile } from '../types'
import { digest } from './hash'
import { HEAD, isObject, type Lookup, lookUp, timelineFromBytes, unchangedBody, writeHead } from './head'
import { type MemoCounts, PackMemo, type Packs } from './memo'
import { readPack, writePack } from './store'

export interface CacheOptions extends LoadOptions, Pick<BuildOptions, 'onStage'> {
  cacheDir: string
  /** What this load reused, for the bench and tests. */
  onCache?: (report: CacheReport) => void
  /** Where the per-story step runs (worker threads); in this thread when absent. */
  runStories?: StoryRunner
  /** What lookUp found for this folder just before (the load worker's, from the listing the main process made). */
  lookup?: Lookup
}

export interface CacheReport {
  /** 'listing': nothing read; 'content': files read, same bytes; 'partial': some work reused or none. */
  hit: 'listing' | 'content' | 'partial'
  counts: MemoCounts | null
}

export async function cachedTimeline(folder: string, options: CacheOptions): Promise<Timeline> {
  const lookup = options.lookup ?? (await lookUp(folder, options.cacheDir, options.signal))
  const { root, version, dir, listingKey, head } = lookup
  const paths = { parsed: join(dir, 'parsed.json'), documents: join(dir, 'documents.json'), stories: join(dir, 'stories.json') }
  const unchanged = timelineFromBytes(await unchangedBody(lookup))
  if (unchanged) {
    options.onCache?.({ hit: 'listing', counts: null })
    return { ...unchanged, folder }
  }

  const memo = new PackMemo(readPacks(paths, version))
  const loadStart = performance.now()
  const loaded = await loadFolder(root, { signal: options.signal, onProgress: options.onProgress, memo })
  options.signal?.throwIfAborted()
  options.onStage?.('load', performance.now() - loadStart)
  const contentKey = digest([root, JSON.stringify(loaded.skipped), ...memo.fileKeys, ...loaded.documents.map((d) => d.fileDate ?? '')])
  const body = head?.keys.contentKey === contentKey ? await head.body() : null
  const stored = timelineFromBytes(body)
  if (body && stored) {
    writeHead(dir, version, { listingKey, contentKey }, body)
    options.onCache?.({ hit: 'content', counts: memo.counts })
    return { ...stored, folder }
  }
  // Kept now, and let go: parses are not needed past loading, and holding them through the pipeline
  // costs a 10,000-article folder a few hundred MB.
  writePack(paths.parsed, version, memo.next.parsed)
  writePack(paths.documents, version, memo.next.documents)
  memo.loaded()
  const build = { onStage: options.onStage, memo }
  const built = options.runStories ? await buildTimelineWith(options.runStories, root, loaded, build) : buildTimeline(root, loaded, build)
  const timeline = { ...built, folder }
  writePack(paths.stories, version, memo.next.stories)
  writeHead(dir, version, { listingKey, contentKey }, timeline)
  prune(options.cacheDir, KEEP_FOLDERS)
  options.onCache?.({ hit: 'partial', counts: memo.counts })
  return timeline
}

/** Folders whose work is kept; the least recently opened beyond these are removed. */
export const KEEP_FOLDERS = 12

function prune(cacheDir: string, keep: number): void {
  const used = (dir: string): number => {
    try {
      return statSync(join(cacheDir, dir, HEAD)).mtimeMs
    } catch {
      return 0
    }
  }
  const dirs = readdirSync(cacheDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => ({ name: d.name, used: used(d.name) }))
  for (const { name } of dirs.sort((a, b) => b.used - a.used).slice(keep)) rmSync(join(cacheDir, name), { recursive: true, force: true })
}

function readPacks(paths: Record<keyof Packs, string>, version: string): Packs {
  return {
    parsed: readPack(paths.parsed, version, isParsedFile),
    documents: readPack(paths.documents, version, isDocument),
    stories: readPack(paths.stories, version, isItems),
  }
}

function isParsedFile(value: unknown): value is ParsedFile {
  return isObject(value) && Array.isArray(value.articles) && Array.isArray(value.skipped)
}

function isDocument(value: unknown): value is ArticleDocument {
  return isObject(value) && typeof value.file === 'string' && typeof value.text === 'string' && Array.isArray(value.lines) && Array.isArray(value.furniture)
}

function isItems(value: unknown): value is Item[] {
  return Array.isArray(value) && value.every((item) => isObject(item) && typeof item.id === 'string')
}
