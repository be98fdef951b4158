// For tests: the real worker entry (worker.ts) run from source in a worker thread, through a wrapper
// that registers tsx inside the thread first.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Writes the wrapper into `dir` and returns its path, to give to new Worker() as the entry. */
export async function writeSourceEntry(dir: string): Promise<string> {
  const entry = join(dir, 'entry.mjs')
  const worker = pathToFileURL(join(import.meta.dirname, 'worker.ts')).href
  const tsx = pathToFileURL(join(import.meta.dirname, '../../node_modules/tsx/dist/esm/api/index.mjs')).href
  await writeFile(entry, `import { register } from ${JSON.stringify(tsx)}\nregister()\nawait import(${JSON.stringify(worker)})\n`)
  return entry
}
