// Article folders built on the fly for the end-to-end specs: a scratch folder per test (removed after it),
// a copy of the seeds, generated articles. Nothing large is committed; everything is made in the temp dir.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { seedsDir, test as base } from '../fixtures/server'

export const test = base.extend<{ scratch: string }>({
  // eslint-disable-next-line no-empty-pattern
  scratch: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'nt-e2e-folder-'))
    await use(dir)
    await rm(dir, { recursive: true, force: true })
  },
})

export { expect } from '../fixtures/server'

/** A copy of seeds/ (five reports of the Russia-US talks story) at `dir`. */
export async function copySeeds(dir: string): Promise<string> {
  await cp(seedsDir, dir, { recursive: true })
  return dir
}

/** Writes `files` (relative path -> content) under `dir`, creating folders as needed. */
export async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  await mkdir(dir, { recursive: true })
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name)
    await mkdir(join(path, '..'), { recursive: true })
    await writeFile(path, content)
  }
}

export interface ReportOptions {
  headline: string
  /** Written as "December 28, 2021". */
  date: string
  /** The statement's paragraph(s), e.g. a quote with speaker and day. */
  paragraphs: string[]
}

/** A plain-text news report: headline, date line, paragraphs. */
export function report({ headline, date, paragraphs }: ReportOptions): string {
  return [headline, date, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')
}

const SPEAKERS = [
  ['Foreign Minister', 'John Smith'],
  ['Defence Minister', 'Maria Rossi'],
  ['Deputy Foreign Minister', 'Sergei Ivanov'],
  ['Prime Minister', 'Anna Kowalska'],
  ['Secretary of State', 'David Brown'],
  ['Ambassador', 'Elena Petrova'],
] as const
const CITIES = ['Geneva', 'Vienna', 'Brussels', 'Moscow', 'Washington', 'Warsaw', 'Kyiv', 'Berlin']
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']
const QUOTES = [
  'We will not accept this',
  'The talks must continue without preconditions',
  'Security guarantees are a matter for the whole alliance',
  'Nobody wants a war in Europe',
  'We are ready for dialogue but not for ultimatums',
  'The deployment of troops near the border is a provocation',
]

/**
 * `count` small distinct reports varied from one template (speaker, city, day, quote, filler), so that a
 * folder of thousands takes seconds to load. Written in sub-folders of 500 files.
 */
export async function writeManyReports(dir: string, count: number): Promise<void> {
  const filler =
    'Diplomats said the meeting was the first of its kind since the crisis began, and officials on both sides ' +
    'described the atmosphere as tense but businesslike. Further rounds were expected in the coming weeks.'
  for (let start = 0; start < count; start += 500) {
    const sub = join(dir, `batch-${String(start / 500).padStart(2, '0')}`)
    await mkdir(sub, { recursive: true })
    const writes: Promise<void>[] = []
    for (let i = start; i < Math.min(count, start + 500); i++) {
      const [role, name] = SPEAKERS[i % SPEAKERS.length]
      const city = CITIES[(i * 7) % CITIES.length]
      const day = DAYS[(i * 3) % DAYS.length]
      const quote = QUOTES[(i * 5) % QUOTES.length]
      const text = report({
        headline: `Report ${i}: ${name} speaks in ${city}`,
        date: `January ${1 + (i % 28)}, 2022`,
        paragraphs: [
          `"${quote}," ${role} ${name} said in ${city} on ${day}, in remarks numbered ${i}.`,
          `${filler} (${i})`,
          `${name} met counterparts from ${CITIES[(i + 3) % CITIES.length]} later on ${day}.`,
        ],
      })
      writes.push(writeFile(join(sub, `report-${String(i).padStart(5, '0')}.txt`), text))
    }
    await Promise.all(writes)
  }
}
