// Recursive listing without recursion: an explicit stack, hidden and tooling folders skipped, each real
// directory and file visited once (so symbolic-link loops end), broken links reported.
import type { Dirent, Stats } from 'node:fs'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Skipped } from '../../shared/model'

export interface WalkIo {
  readdir: (path: string) => Dirent[] | Promise<Dirent[]>
  stat: (path: string) => Stats | Promise<Stats>
}

// Synchronous for the same reason as read.ts; walkFolder yields to the event loop between folders.
export const nodeWalkIo: WalkIo = {
  readdir: (path) => readdirSync(path, { withFileTypes: true }),
  stat: (path) => statSync(path),
}

export interface FoundFile {
  path: string
  /** Relative to the root, `/` separators. */
  file: string
  size: number
  mtime: Date
}

const TOOLING = new Set(['node_modules', '__pycache__', '__MACOSX', 'bower_components', 'vendor', 'venv', 'site-packages', '$RECYCLE.BIN', 'System Volume Information'])

/** Hidden entries (".git", ".DS_Store") and tooling folders are not the user's articles. */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || TOOLING.has(name)
}

export async function walkFolder(root: string, io: WalkIo = nodeWalkIo, signal?: AbortSignal): Promise<{ files: FoundFile[]; skipped: Skipped[] }> {
  const files: FoundFile[] = []
  const skipped: Skipped[] = []
  const seen = new Map<string, string>()
  let rootStat: Stats
  try {
    rootStat = await io.stat(root)
  } catch (error) {
    throw new Error(`not a readable folder: ${root} (${errorCode(error)})`)
  }
  if (!rootStat.isDirectory()) throw new Error(`not a folder: ${root}`)
  seen.set(identity(rootStat), '.')
  // Each folder with its path relative to the root ('' for the root, else ending in '/'), so that a
  // file's relative name is a concatenation (path.relative per file cost a 10,000-file reopen ~40 ms).
  const stack: [string, string][] = [[root, '']]
  let sinceYield = 0
  while (stack.length) {
    signal?.throwIfAborted()
    if (++sinceYield >= 20) {
      sinceYield = 0
      await yieldToEventLoop()
      signal?.throwIfAborted()
    }
    const [dir, prefix] = stack.pop()!
    let entries: Dirent[]
    try {
      entries = await io.readdir(dir)
    } catch (error) {
      skipped.push({ file: prefix.slice(0, -1) || '.', reason: `folder not readable (${errorCode(error)})` })
      continue
    }
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue
      const path = join(dir, entry.name)
      const file = prefix + entry.name
      if (!entry.isDirectory() && !entry.isFile() && !entry.isSymbolicLink()) {
        skipped.push({ file, reason: 'not a regular file' })
        continue
      }
      let info: Stats
      try {
        info = await io.stat(path)
      } catch (error) {
        const code = errorCode(error)
        skipped.push({ file, reason: entry.isSymbolicLink() && code === 'ENOENT' ? 'broken link (its target does not exist)' : entry.isSymbolicLink() && code === 'ELOOP' ? 'link loop' : `not readable (${code})` })
        continue
      }
      const id = identity(info)
      const earlier = seen.get(id)
      if (earlier !== undefined) {
        // A second path to something already listed: a link back up the tree or a duplicate link.
        if (info.isDirectory()) skipped.push({ file, reason: `link to a folder already read (${earlier})` })
        else skipped.push({ file, reason: `same file as ${earlier}` })
        continue
      }
      seen.set(id, file)
      if (info.isDirectory()) stack.push([path, `${file}/`])
      else if (info.isFile()) files.push({ path, file, size: info.size, mtime: info.mtime })
      else skipped.push({ file, reason: 'not a regular file' })
    }
  }
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  return { files, skipped }
}

function identity(info: Stats): string {
  return `${info.dev}:${info.ino}`
}

export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? (error instanceof Error ? error.message : String(error))
}

/** Lets timers, IPC and an abort() run between batches of synchronous file-system work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
