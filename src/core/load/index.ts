// First version: .txt files at any depth, ` date YYYY-MM-DD` first line. Formats, encodings,
// furniture and bad files are the loading issue's work.
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { ArticleDocument, LoadOptions, LoadResult } from '../types'
import type { Skipped } from '../../shared/model'

const DATE_LINE = /^\s*date (\d{4}-\d{2}-\d{2})\s*/

export async function loadFolder(root: string, options: LoadOptions = {}): Promise<LoadResult> {
  const files = await listFiles(root)
  const documents: ArticleDocument[] = []
  const skipped: Skipped[] = []
  let done = 0
  for (const path of files) {
    options.signal?.throwIfAborted()
    const file = relative(root, path).split(sep).join('/')
    if (!path.endsWith('.txt')) skipped.push({ file, reason: 'not an article file' })
    else documents.push(parseText(file, await readFile(path, 'utf8'), (await stat(path)).mtime))
    options.onProgress?.(++done, files.length)
  }
  return { documents, skipped }
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await listFiles(path)))
    else if (entry.isFile()) out.push(path)
  }
  return out.sort()
}

function parseText(file: string, raw: string, mtime: Date): ArticleDocument {
  const dateLine = DATE_LINE.exec(raw)
  const text = (dateLine ? raw.slice(dateLine[0].length) : raw).replace(/\r\n?/g, '\n').trim()
  let offset = 0
  const lines = text.split('\n').map((line) => {
    const entry = { text: line, furniture: false, offset }
    offset += line.length + 1
    return entry
  })
  return {
    file,
    title: null,
    outlet: null,
    url: null,
    published: dateLine ? dateLine[1] : null,
    publishedFrom: dateLine ? 'dateline' : null,
    fileDate: mtime.toISOString().slice(0, 10),
    text,
    lines,
    furniture: [],
  }
}
