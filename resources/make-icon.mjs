// Rasterises resources/icon.svg into the 512x512 icon.png electron-builder expects: `node resources/make-icon.mjs`.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Resvg } from '@resvg/resvg-js'

const dir = import.meta.dirname
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8')
// The drawing has no text, so the result does not depend on the fonts installed.
const png = new Resvg(svg, { fitTo: { mode: 'width', value: 512 }, font: { loadSystemFonts: false } }).render().asPng()
writeFileSync(join(dir, 'icon.png'), png)
console.log(`resources/icon.png: ${png.length} bytes`)
