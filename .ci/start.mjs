// `npm start [-- FOLDER]`: builds the app when needed, then runs it in Electron, or, where the Electron
// binary is missing, serves it to the local browser. Runs until Ctrl-C.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const folder = resolve(process.argv[2] ?? join(root, 'seeds'))
const builtEntry = join(root, 'out/main/index.js')

function newest(path) {
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  let latest = info.mtimeMs
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)))
  return latest
}

function needsBuild() {
  const outputs = [builtEntry, join(root, 'out/preload/index.cjs'), join(root, 'out/renderer/index.html')]
  if (!outputs.every(existsSync)) return true
  const built = Math.min(...outputs.map((p) => statSync(p).mtimeMs))
  const sources = Math.max(newest(join(root, 'src')), statSync(join(root, 'electron.vite.config.ts')).mtimeMs)
  return sources > built
}

// Not `require('electron')`: electron 45's index.js tries to download a missing binary on require.
// Same lookup as that file, minus the download.
function electronBinary() {
  const dir = join(root, 'node_modules/electron')
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const name = readFileSync(pathFile, 'utf8').trim()
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist')
  const binary = join(dist, name || 'electron')
  return existsSync(binary) ? binary : null
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))
}

if (needsBuild()) {
  console.log('Building the app (electron-vite build)…')
  const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const electron = electronBinary()
if (electron) {
  run(electron, ['.', folder])
} else {
  console.log('Electron binary not available here; serving the app to your browser instead')
  run(process.execPath, ['--import', 'tsx', join(root, 'src/main/browser/serve.ts'), '--open', folder])
}
