// `npm run browser [-- FOLDER] [--port N]`: serves the built app (out/renderer) to a local browser.
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startLocalServer } from './server'

export function userDataDir(): string {
  const base = process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config')
  return join(base, 'news-timeline-browser')
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { port: { type: 'string' } } })
  const root = resolve(import.meta.dirname, '../../..')
  const rendererDir = join(root, 'out/renderer')
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error('out/renderer is missing: run `npm run build` first (or `npm start`, which builds).')
    process.exit(1)
  }
  const dataDir = userDataDir()
  await mkdir(dataDir, { recursive: true })
  const server = await startLocalServer({
    rendererDir,
    folder: resolve(positionals[0] ?? join(root, 'seeds')),
    port: values.port ? Number(values.port) : 0,
    userDataDir: dataDir,
    workerEntry: join(root, 'out/main/worker.js'),
  })
  console.log(`News Timeline is at ${server.url}`)
  const stop = (): void => void server.close().then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

void main()
