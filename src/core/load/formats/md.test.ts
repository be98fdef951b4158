import { describe, expect, it } from 'vitest'
import { parseMarkdown } from './md'

function bodyLines(md: string): string[] {
  const parsed = parseMarkdown('a.md', md)
  if (!('articles' in parsed)) throw new Error(parsed.error)
  return parsed.articles[0].lines.filter((l) => l.kind !== 'furniture' && l.text.trim()).map((l) => l.text)
}

describe('parseMarkdown', () => {
  it('reads a block quote under a lead-in that ends with a colon as a quotation', () => {
    const md = 'On Tuesday the spokeswoman, Jiang Yu, told her regular briefing:\n\n> We are not going to change because of interference by a few clowns,\n> and we will not change our path.\n\nShe said more.\n'
    expect(bodyLines(md)).toEqual([
      'On Tuesday the spokeswoman, Jiang Yu, told her regular briefing:',
      '“We are not going to change because of interference by a few clowns, and we will not change our path.”',
      'She said more.',
    ])
  })
  it('heads a block quote with the speaker its last line names, and keeps what else that line says', () => {
    const md = 'The treaty was signed.\n\n> Today we close a chapter that has been open for 40 years.\n> - Jonas Gahr Støre, Murmansk, 15 September\n\n> The discussion was held without aggravation.\n> — Office of the President of the Republic\n'
    expect(bodyLines(md)).toEqual([
      'The treaty was signed.',
      'Jonas Gahr Støre: “Today we close a chapter that has been open for 40 years.” (Murmansk, 15 September)',
      'Office of the President of the Republic: “The discussion was held without aggravation.”',
    ])
  })
  it('leaves other block quotes as they are: a clipper’s note, a bio, words already in quotation marks', () => {
    const md = '> Saved from **Salween Notes** — analysis on Myanmar. Share with a colleague.\n\nThe text.\n\n> *Kadri Saar is a columnist.*\n\nHe said:\n\n> "We will not go."\n'
    expect(bodyLines(md)).toEqual(['Saved from Salween Notes — analysis on Myanmar. Share with a colleague.', 'The text.', 'Kadri Saar is a columnist.', 'He said:', '"We will not go."'])
    // A transcript's turns under a lead-in name their own speakers.
    const transcript = 'An excerpt of the transcript:\n\n> QUESTION: What did you tell him?\n>\n> SECRETARY POMPEO: I told him what I told the ceremony.\n'
    expect(bodyLines(transcript)).toEqual(['An excerpt of the transcript:', 'QUESTION: What did you tell him?', 'SECRETARY POMPEO: I told him what I told the ceremony.'])
  })
  it('reads a notes app’s page links and highlights as their words', () => {
    expect(bodyLines('Three weeks ago today [[Sean Turnell]] walked out of [[Insein Prison|Insein]]: ==do nothing that gives the generals a reason==.\n')).toEqual([
      'Three weeks ago today Sean Turnell walked out of Insein: do nothing that gives the generals a reason.',
    ])
  })
})
