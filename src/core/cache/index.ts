// The timeline cache, in the app's data folder (never the article folder). Reopening: the listing's
// paths, sizes and times unchanged -> the stored timeline, without reading a file. Otherwise every file
// is read, and only what changed is parsed, cleaned, extracted and merged again: parses are kept by
// (path, bytes), cleaned documents by (parse, file date, the folder's repeated lines they contain),
// stories' items by everything their extraction and merge read. Folder-wide steps (learning repeated
// lines, grouping stories, inferring dates) are cheap and always run again.
import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deserialize, serialize } from 'node:v8'
import { crc32 } from 'node:zlib'
import type { Item, Timeline } from '../../shared/model'
import { loadFolder } from '../load'
import { walkFolder } from '../load/walk'
import { buildTimeline, buildTimelineWith, type BuildOptions, type StoryRunner } from '../pipeline'
import type { ArticleDocument, LoadOptions, ParsedFile } from '../types'
import { digest } from './hash'
import { type MemoCounts, PackMemo, type Packs } from './memo'
import { readHeaded, readPack, writeHeaded, writePack } from './store'

/** Bump when the cache's own layout changes; the code fingerprint covers pipeline changes. */
const FORMAT = 'nt-cache-2'
/** The file holding the keys and the timeline, whose time says when the folder was last opened. */
const HEAD = 'timeline.bin'

export interface CacheOptions extends LoadOptions, Pick<BuildOptions, 'onStage'> {
  cacheDir: string
  /** What this load reused, for the bench and tests. */
  onCache?: (report: CacheReport) => void
  /** Where the per-story step runs (worker threads); in this thread when absent. */
  runStories?: StoryRunner
}

export interface CacheReport {
  /** 'listing': nothing read; 'content': files read, same bytes; 'partial': some work reused or none. */
  hit: 'listing' | 'content' | 'partial'
  counts: MemoCounts | null
}

export async function cachedTimeline(folder: string, options: CacheOptions): Promise<Timeline> {
  const root = resolve(folder)
  const version = `${FORMAT}:${codeFingerprint()}`
  const dir = join(options.cacheDir, digest([root]).slice(0, 20))
  const paths = { head: join(dir, HEAD), parsed: join(dir, 'parsed.json'), documents: join(dir, 'documents.json'), stories: join(dir, 'stories.json') }

  const walked = await walkFolder(root, undefined, options.signal)
  const listingKey = digest([root, JSON.stringify(walked.skipped), ...walked.files.flatMap((f) => [f.file, String(f.size), String(f.mtime.getTime())])])
  const head = readHead(paths.head, version)
  if (head?.keys.listingKey === listingKey) {
    const stored = head.timeline()
    if (stored) {
      markUsed(paths.head)
      options.onCache?.({ hit: 'listing', counts: null })
      return { ...stored, folder }
    }
  }

  const memo = new PackMemo(readPacks(paths, version))
  const loaded = await loadFolder(root, { signal: options.signal, onProgress: options.onProgress, memo })
  options.signal?.throwIfAborted()
  const contentKey = digest([root, JSON.stringify(loaded.skipped), ...memo.fileKeys, ...loaded.documents.map((d) => d.fileDate ?? '')])
  const stored = head?.keys.contentKey === contentKey ? head.timeline() : null
  if (stored) {
    writeHead(paths.head, version, { listingKey, contentKey }, stored)
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
  writeHead(paths.head, version, { listingKey, contentKey }, timeline)
  prune(options.cacheDir, KEEP_FOLDERS)
  options.onCache?.({ hit: 'partial', counts: memo.counts })
  return timeline
}

interface HeadKeys {
  listingKey: string
  contentKey: string
}

/**
 * The head file: its keys on a JSON line, then the timeline in V8's serialization (read several times
 * faster than JSON for a folder's 40 MB timeline), deserialized only when a key matches. A body whose
 * length or checksum differs from the head's (a cut or damaged file), that does not deserialize or is
 * not a timeline reads as absent.
 */
function readHead(path: string, version: string): { keys: HeadKeys; timeline: () => Timeline | null } | null {
  const file = readHeaded(path, version)
  const keys = file?.head
  if (!file || !isObject(keys) || typeof keys.listingKey !== 'string' || typeof keys.contentKey !== 'string' || keys.bytes !== file.body.length) return null
  return {
    keys: { listingKey: keys.listingKey, contentKey: keys.contentKey },
    timeline: () => {
      if (keys.crc !== crc32(file.body)) return null
      let timeline: unknown
      try {
        timeline = deserialize(file.body)
      } catch {
        return null
      }
      return isTimeline(timeline) ? timeline : null
    },
  }
}

function writeHead(path: string, version: string, keys: HeadKeys, timeline: Timeline): void {
  const body = serialize(timeline)
  writeHeaded(path, version, { ...keys, bytes: body.length, crc: crc32(body) }, body)
}

/** Folders whose work is kept; the least recently opened beyond these are removed. */
export const KEEP_FOLDERS = 12

function markUsed(path: string): void {
  const now = new Date()
  try {
    utimesSync(path, now, now)
  } catch {
    // A read-only cache still answers; only the pruning order suffers.
  }
}

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

/**
 * Which code wrote the cache: this module's file, whose size and time change with every build of the
 * bundle it is part of (the worker bundles the whole pipeline), so an updated app never reads stale work.
 */
function codeFingerprint(): string {
  try {
    const info = statSync(fileURLToPath(import.meta.url))
    return `${info.size}-${info.mtimeMs}`
  } catch {
    return 'unknown'
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function isTimeline(value: unknown): value is Timeline {
  return isObject(value) && value.version === 1 && Array.isArray(value.articles) && Array.isArray(value.stories) && Array.isArray(value.items) && Array.isArray(value.skipped)
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
