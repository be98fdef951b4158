// `npm run --silent timeline -- FOLDER [--svg out.svg] [--png out.png] [--pdf out.pdf] [--width 2400]`
// Prints the merged timeline of FOLDER as JSON (../shared/eval/OUTPUT.md); optionally writes images and a PDF.
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { timelineFromFolder } from '../core'

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { svg: { type: 'string' }, png: { type: 'string' }, pdf: { type: 'string' }, width: { type: 'string' } },
  })
  if (positionals.length !== 1) {
    console.error('usage: timeline FOLDER [--svg out.svg] [--png out.png] [--pdf out.pdf] [--width 2400]')
    return 2
  }
  const folder = resolve(positionals[0])
  const info = await stat(folder).catch(() => null)
  if (!info?.isDirectory()) {
    console.error(`timeline: ${folder} is not a readable folder`)
    return 1
  }
  const timeline = await timelineFromFolder(folder)
  if (values.svg || values.png || values.pdf) {
    const { writeTimelineImages } = await import('../core/export/images')
    await writeTimelineImages(timeline, { svg: values.svg, png: values.png, pdf: values.pdf, width: values.width ? Number(values.width) : undefined })
  }
  // Exit only once the pipe has taken everything: process.exit drops what is still buffered.
  await new Promise<void>((done) => process.stdout.write(JSON.stringify(timeline, null, 2) + '\n', () => done()))
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`timeline: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
