// The timeline command's --svg/--png/--pdf/--width, end to end (src/cli/timeline.ts calls writeTimelineImages).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Timeline } from '../../shared/model'

const root = join(import.meta.dirname, '../../..')
const dir = mkdtempSync(join(tmpdir(), 'export-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function timelineCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli/timeline.ts'), ...args], { cwd: root, encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('timeline FOLDER --svg --png --pdf', () => {
  it('writes the images and the PDF and still prints the JSON', () => {
    const svg = join(dir, 'seeds.svg')
    const png = join(dir, 'seeds.png')
    const pdf = join(dir, 'seeds.pdf')
    const run = timelineCli('seeds', '--svg', svg, '--png', png, '--pdf', pdf)
    expect(run.stderr).not.toMatch(/timeline:/)
    expect(run.status).toBe(0)
    expect((JSON.parse(run.stdout) as Timeline).version).toBe(1)
    expect(readFileSync(svg, 'utf8')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="2400"/)
    expect(readFileSync(png).readUInt32BE(16)).toBe(2400)
    const pdfBytes = readFileSync(pdf).toString('latin1')
    expect(pdfBytes.startsWith('%PDF-')).toBe(true)
    expect(pdfBytes).toMatch(/\/MediaBox \[0 0 2400 \d+\]/)
  })

  it('honours --width and rejects a bad one', () => {
    const png = join(dir, 'wide.png')
    expect(timelineCli('seeds', '--png', png, '--width', '3000').status).toBe(0)
    expect(readFileSync(png).readUInt32BE(16)).toBe(3000)
    const bad = timelineCli('seeds', '--png', png, '--width', 'wide')
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/--width must be a positive number/)
  })
})
