// Validates the packaging configuration without packaging or downloading anything (CI runs this instead of
// electron-builder): required fields, fuses, the icon, and that `dependencies` holds exactly what the
// Electron main process needs at run time (vue and vis-* are bundled into the renderer, never shipped).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import { join, relative, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const build = pkg.build ?? {}
const errors = []
const warnings = []
const expect = (ok, message) => ok || errors.push(message)
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b)

// electron-builder's own schema check (the one `electron-builder` runs first), without building.
try {
  const { validateConfiguration } = createRequire(join(root, 'package.json'))('app-builder-lib/out/util/config/config.js')
  await validateConfiguration(build, { isEnabled: false, add() {} })
} catch (error) {
  errors.push(`electron-builder rejects the "build" configuration: ${String(error?.message ?? error).split('\n').slice(0, 6).join(' ')}`)
}

// Fields and targets.
expect(typeof build.appId === 'string' && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(build.appId), 'build.appId must be a reverse-DNS id')
expect(build.productName === 'News Timeline', 'build.productName must be "News Timeline"')
expect(build.directories?.buildResources === 'resources', 'build.directories.buildResources must be "resources"')
expect(/electron-builder/.test(pkg.scripts?.dist ?? ''), 'scripts.dist must run electron-builder (for the host platform)')
expect(pkg.main === './out/main/index.js', 'package.json "main" must be ./out/main/index.js (the built main process)')
const files = build.files ?? []
expect(files.includes('out/**') && files.includes('package.json'), 'build.files must include out/** and package.json')
for (const entry of files) {
  expect(entry.startsWith('!') || entry === 'package.json' || entry.startsWith('out/'), `build.files: "${entry}" ships more than out/** and package.json`)
}
const targets = (platform) => (build[platform]?.target ?? []).map((t) => (typeof t === 'string' ? t : t.target))
expect(same(targets('linux').sort(), ['AppImage', 'deb']), 'build.linux.target must be AppImage and deb')
expect(build.linux?.category === 'Office', 'build.linux.category must be Office')
expect(targets('mac').includes('dmg'), 'build.mac.target must include dmg')
expect(targets('win').includes('nsis'), 'build.win.target must include nsis')
expect(build.asar !== false, 'build.asar must not be disabled (the fuses below rely on it)')

// Fuses (electron-builder >= 25 flips them itself through `electronFuses`).
const fuses = build.electronFuses ?? {}
const wanted = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
}
for (const [fuse, value] of Object.entries(wanted)) expect(fuses[fuse] === value, `build.electronFuses.${fuse} must be ${value}`)

// The icon: a real PNG of at least 512x512.
try {
  const png = readFileSync(join(root, build.directories?.buildResources ?? 'resources', 'icon.png'))
  const signature = png.subarray(0, 8).toString('hex') === '89504e470d0a1a0a'
  const width = png.readUInt32BE(16)
  const height = png.readUInt32BE(20)
  expect(signature && width >= 512 && height >= 512, `resources/icon.png must be a PNG of at least 512x512 (is ${width}x${height})`)
} catch {
  errors.push('resources/icon.png is missing')
}

// Dependencies: what the main process and the pipeline import, nothing else.
const sourceFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|mts|js|mjs)$/.test(name) && !/\.(test|spec)\.\w+$/.test(name) ? [path] : []
  })
const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')
const builtins = new Set(builtinModules)
const imported = new Map()
// The local-browser server runs from the checkout with dev dependencies (tsx); it is not packaged.
const shipped = [...sourceFiles(join(root, 'src/main')), ...sourceFiles(join(root, 'src/core'))].filter(
  (f) => !relative(root, f).startsWith('src/main/browser/') && !f.endsWith('conf-store.ts'),
)
for (const file of shipped) {
  const text = readFileSync(file, 'utf8')
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const specifier = match[1] ?? match[2]
    if (specifier.startsWith('.') || specifier.startsWith('node:') || builtins.has(specifier) || specifier.startsWith('@shared') || specifier.startsWith('@core')) continue
    const name = packageName(specifier)
    if (!imported.has(name)) imported.set(name, relative(root, file))
  }
}
// A type-only import of electron is fine anywhere; electron itself must stay a dev dependency.
imported.delete('electron')
const dependencies = Object.keys(pkg.dependencies ?? {})
for (const name of dependencies) {
  expect(!/^(vue|@vue\/|vis-|@vitejs\/)/.test(name), `dependencies: ${name} belongs in devDependencies (bundled into the renderer)`)
  expect(name !== 'electron' && name !== 'electron-builder', `dependencies: ${name} must be a dev dependency`)
  expect(imported.has(name), `dependencies: ${name} is not imported by src/main or src/core; move it to devDependencies`)
}
for (const [name, file] of imported) {
  if (dependencies.includes(name)) continue
  if (pkg.devDependencies?.[name]) warnings.push(`${name} (imported by ${file}) is a dev dependency: electron-vite bundles it into out/main`)
  else errors.push(`${name} (imported by ${file}) is in neither dependencies nor devDependencies`)
}

for (const warning of warnings) console.warn(`check-dist: warning: ${warning}`)
if (errors.length) {
  for (const error of errors) console.error(`check-dist: ${error}`)
  process.exit(1)
}
console.log(`check-dist: ok (${dependencies.length} runtime dependencies: ${dependencies.join(', ')}; fuses set; icon ok)`)
