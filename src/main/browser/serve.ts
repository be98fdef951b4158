// `npm run browser [-- FOLDER] [--port N] [--open]`: serves the built app (out/renderer) to a local browser.
import { spawn } from 'node:child_process'
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

/** Best effort: a desktop without a browser opener just keeps the printed address. */
function openInBrowser(url: string): void {
  if (process.env.BROWSER === 'none' || process.env.CI) return
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open'
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true })
    child.on('error', () => undefined)
    child.unref()
  } catch {
    // No opener: the address is printed above.
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { port: { type: 'string' }, open: { type: 'boolean' } } })
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
  if (values.open) openInBrowser(server.url)
  const stop = (): void => void server.close().then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`news-timeline: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
