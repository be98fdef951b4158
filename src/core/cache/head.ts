// The cache's quick answer: a folder whose listing (paths, sizes, times) is unchanged since the timeline
// was stored gets that timeline back without a file read. Kept apart from the pipeline so that the main
// process answers an unchanged folder before it starts a load worker (src/main/loader.ts), and a load
// worker reads its listing without the pipeline's modules (src/main/worker.ts).
import { createHash } from 'node:crypto'
import { statSync, utimesSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { crc32 } from 'node:zlib'
import type { Skipped, Timeline } from '../../shared/model'
import { type FoundFile, walkFolder } from '../load/walk'
import { decodeValue, encodeValue } from './codec'
import { digest } from './hash'
import { readHeaded, writeHeaded } from './store'

/** Bump when the cache's own layout changes; the code fingerprint covers pipeline changes. */
const FORMAT = 'nt-cache-3'
/** The file holding the keys and the timeline, whose time says when the folder was last opened. */
export const HEAD = 'timeline.bin'

export interface HeadKeys {
  listingKey: string
  contentKey: string
}

export interface Head {
  keys: HeadKeys
  /** The stored timeline's bytes, when whole (its length and checksum those written); read once. */
  body(): Promise<Buffer | null>
}

/** A folder's listing and where the cache keeps its work: plain data, which a worker thread can be sent. */
export interface Listing {
  root: string
  version: string
  /** This folder's own folder in the cache. */
  dir: string
  walked: { files: FoundFile[]; skipped: Skipped[] }
  listingKey: string
}

/** What the cache has for a folder, found before any of its files is read. */
export interface Lookup extends Listing {
  head: Head | null
}

export async function lookUp(folder: string, cacheDir: string, signal?: AbortSignal): Promise<Lookup> {
  const root = resolve(folder)
  const version = `${FORMAT}:${codeFingerprint()}`
  const dir = join(cacheDir, digest([root]).slice(0, 20))
  // The stored timeline is read on libuv's thread pool while this thread lists the folder: whether it
  // is wanted is known only then, and it mostly is.
  const head = readHead(join(dir, HEAD), version)
  void head?.body()
  const walked = await walkFolder(root, undefined, signal)
  return { root, version, dir, walked, listingKey: listingKey(root, walked), head }
}

/**
 * digest([root, skipped as JSON, then each file's name, size and time]), hashed as one string: the same
 * key, without a hash update and three small strings per file (a tenth of the time at 10,000 files).
 */
export function listingKey(root: string, walked: Listing['walked']): string {
  let files = ''
  for (const f of walked.files) files += `${f.file}\u0000${f.size}\u0000${f.mtime.getTime()}\u0000`
  return createHash('sha1').update(`${root}\u0000${JSON.stringify(walked.skipped)}\u0000${files}`).digest('hex')
}

/** The lookup of a listing made elsewhere (the main process lists before it starts a load worker). */
export function withHead(listing: Listing): Lookup {
  const { root, version, dir, walked, listingKey } = listing
  return { root, version, dir, walked, listingKey, head: readHead(join(dir, HEAD), version) }
}

/**
 * The stored timeline when the folder's listing is unchanged; else the listing, for the load that
 * follows (the stored bytes, read ahead, are let go with the lookup).
 */
export async function storedOrListing(folder: string, cacheDir: string, signal?: AbortSignal): Promise<{ timeline: Timeline } | { listing: Listing }> {
  const lookup = await lookUp(folder, cacheDir, signal)
  const timeline = timelineFromBytes(await unchangedBody(lookup))
  if (timeline) return { timeline }
  const { root, version, dir, walked, listingKey } = lookup
  return { listing: { root, version, dir, walked, listingKey } }
}

/** The stored timeline's bytes when the folder's listing is unchanged (whole, not yet decoded). */
export async function unchangedBody(lookup: Lookup): Promise<Buffer | null> {
  if (lookup.head?.keys.listingKey !== lookup.listingKey) return null
  const body = await lookup.head.body()
  if (body) markUsed(join(lookup.dir, HEAD))
  return body
}

/**
 * The head file: its keys on a JSON line, then the timeline as encodeValue's bytes (each distinct string
 * once: 14 MB for a 10,000-article folder, decoded several times faster than V8's deserialize reads its
 * 62 MB), decoded only when a key matches. A body whose length or checksum differs from the head's (a
 * cut or damaged file), that does not decode or is not a timeline reads as absent.
 */
function readHead(path: string, version: string): Head | null {
  const file = readHeaded(path, version)
  const keys = file?.head
  if (!file || !isObject(keys) || typeof keys.listingKey !== 'string' || typeof keys.contentKey !== 'string' || typeof keys.bytes !== 'number') return null
  const { bytes, crc } = keys
  let body: Promise<Buffer | null> | undefined
  return {
    keys: { listingKey: keys.listingKey, contentKey: keys.contentKey },
    body: () => (body ??= file.body(bytes).then((read) => (read && crc === crc32(read) ? read : null))),
  }
}

/** `body`: the timeline's bytes as stored before (a new key, the same timeline), else encoded now. */
export function writeHead(dir: string, version: string, keys: HeadKeys, timeline: Timeline | Buffer): void {
  const body = Buffer.isBuffer(timeline) ? timeline : encoded(timeline)
  writeHeaded(join(dir, HEAD), version, { ...keys, bytes: body.length, crc: crc32(body) }, body)
}

/** Each timeline's bytes, once encoded: the load worker hands over those writeHead stored. */
const bytesOf = new WeakMap<Timeline, Buffer>()

/**
 * A timeline as the cache stores it (timelineFromBytes reads it back): a load worker hands a built
 * timeline over as these bytes, transferred without a copy and decoded in a fraction of the time
 * postMessage's structured clone takes, the strings shared instead of copied.
 */
export function encoded(timeline: Timeline): Buffer {
  let bytes = bytesOf.get(timeline)
  // A transferred buffer is left empty.
  if (!bytes?.length) bytesOf.set(timeline, (bytes = encodeValue(timeline)))
  return bytes
}

/** A stored timeline's bytes as a timeline, or null when they are not one. */
export function timelineFromBytes(bytes: Uint8Array | null): Timeline | null {
  if (!bytes) return null
  let timeline: unknown
  try {
    timeline = decodeValue(bytes)
  } catch {
    return null
  }
  return isTimeline(timeline) ? timeline : null
}

function markUsed(path: string): void {
  const now = new Date()
  try {
    utimesSync(path, now, now)
  } catch {
    // A read-only cache still answers; only the pruning order suffers.
  }
}

/**
 * Which code wrote the cache: this module's file, whose size and time change with every build of the
 * bundle it is part of, so an updated app never reads stale work.
 */
function codeFingerprint(): string {
  try {
    const info = statSync(fileURLToPath(import.meta.url))
    return `${info.size}-${info.mtimeMs}`
  } catch {
    return 'unknown'
  }
}

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function isTimeline(value: unknown): value is Timeline {
  return isObject(value) && value.version === 1 && Array.isArray(value.articles) && Array.isArray(value.stories) && Array.isArray(value.items) && Array.isArray(value.skipped)
}
