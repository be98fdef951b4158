// Over every dev corpus and the seeds: no gold `noise` string survives into an article's text or title,
// and no gold key that the raw file contains is lost by cleaning (real news sentences must stay; the
// separate headline counts, it reaches extraction as the title).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadFolder } from './index'

const shared = resolve(import.meta.dirname, '../../../../shared')
const corpora = join(shared, 'corpora/dev')

interface Gold {
  articles: Record<string, { published: string; dateLine: boolean; outlet: string | null }>
  items: { id: string; keys: string[]; sources: string[] }[]
  noise?: string[]
}

const norm = (s: string) =>
  s.toLowerCase().replace(/[\u2018\u2019\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201f\u2033]/g, '"').replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ')

const folders: [string, string, string][] = existsSync(corpora)
  ? [
      ['seeds', join(shared, 'seeds'), join(shared, 'eval/seeds.gold.json')],
      ...readdirSync(corpora).map((name): [string, string, string] => [name, join(corpora, name), join(corpora, name, 'gold.json')]),
    ]
  : []

describe.skipIf(!folders.length)('dev corpora and seeds', () => {
  it.each(folders)('%s: furniture out, news in, printed dates read', async (_name, folder, goldPath) => {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold
    const { documents } = await loadFolder(folder)
    const byFile = new Map(documents.map((d) => [d.file, d]))
    expect([...byFile.keys()].filter((f) => f.endsWith('.txt')).sort()).toEqual(Object.keys(gold.articles).sort())

    const survivors = documents.flatMap((d) => (gold.noise ?? []).filter((n) => norm(`${d.title ?? ''}\n${d.text}`).includes(norm(n))).map((n) => `${d.file}: ${n}`))
    expect(survivors).toEqual([])

    const lost: string[] = []
    for (const item of gold.items) {
      for (const source of item.sources) {
        const raw = norm(readFileSync(join(folder, source), 'utf8'))
        const doc = byFile.get(source)!
        const kept = norm(`${doc.title ?? ''}\n${doc.text}`)
        for (const key of item.keys) {
          const alts = key.split('|').map(norm)
          if (alts.some((a) => raw.includes(a)) && !alts.some((a) => kept.includes(a))) lost.push(`${item.id} in ${source}: "${key}"`)
        }
      }
    }
    expect(lost).toEqual([])

    // The reader view marks sources by offset: every kept line is exactly where its offset says.
    for (const doc of documents) {
      const kept = doc.lines.filter((l) => l.kind === 'body')
      expect(kept.map((l) => doc.text.slice(l.offset, l.offset + l.text.length))).toEqual(kept.map((l) => l.text))
      expect(doc.lines.filter((l) => l.kind !== 'body').every((l) => l.offset === -1)).toBe(true)
    }

    // A date the file itself states (marker line) must be read exactly.
    for (const [file, facts] of Object.entries(gold.articles)) if (facts.dateLine) expect(byFile.get(file)?.published, file).toBe(facts.published)
  })
})
