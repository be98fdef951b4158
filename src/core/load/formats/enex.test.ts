// Evernote's exports: each note an article, its ENML read as a page; the note's own dates are the reader's, not the
// article's.
import { describe, expect, it } from 'vitest'
import { loadFiles } from './fixtures/folder'

const note = (title: string, enml: string, extra = ''): string => `  <note>
    <title>${title}</title>
    <created>20240305T091522Z</created>
    <updated>20240306T080000Z</updated>
    <tag>gas-2009</tag>
    <note-attributes>
      <author>mvh</author>
      ${extra}
    </note-attributes>
    <content>
      <![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">
<en-note>${enml}</en-note>]]>
    </content>
    <resource><data encoding="base64">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk</data><mime>image/png</mime></resource>
  </note>
`

const CLIP = `<div style="color:#888;">Clipped from energydesk-europe.example</div><h1>Gas flows resume through Ukraine after two-week halt</h1>
<div>By Lena Vogt | 20 January 2009, 11:42 CET</div>
<en-media type="image/png" hash="4914ced8925f0ee6d8fd4ecc5bbbb1d2"/>
<div>Gazprom resumed pumping gas towards Europe through Ukraine on Tuesday morning, the company said, ending a halt that had left 18 countries short of fuel for almost two weeks in the middle of winter.</div>
<div>EU monitors at the Sudzha metering station on the Russian-Ukrainian border confirmed that gas was flowing westwards, the first time since January 7, officials said. The first deliveries were expected in Slovakia overnight.</div>
<div><en-crypt hint="my password">RU5DMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</en-crypt></div>
<div>Prime Ministers Vladimir Putin and Yulia Tymoshenko agreed the outline of the deal in Moscow in the early hours of Sunday; the ten-year contracts were signed on Monday.</div>
<div>Under the deal Ukraine pays the European price less a 20 per cent discount this year, while the transit fee it charges stays at last year's level, and the middleman RosUkrEnergo is cut out.</div>`

const EXPORT = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
<en-export export-date="20250114T103012Z" application="Evernote" version="10.105.4">
${note('Gas flows resume &amp; Europe waits | EnergyDesk Europe', CLIP, '<source>web.clip7</source>\n      <source-url>https://www.energydesk-europe.example/live/gas-flows-resume-ukraine?utm_source=x&amp;a=1</source-url>')}${note('Questions for Anna', '<div>Ask Anna about the Naftogaz debt figures and whether RosUkrEnergo is really out.</div>')}</en-export>
`

describe('Evernote exports (.enex)', () => {
  it("reads each note as a page: its headline, the page's own date (not the note's), its source address", async () => {
    const folder = await loadFiles({ 'energy.enex': EXPORT })
    // The clip is the file's story; the reader's short note beside it keeps its own name.
    expect(folder.doc('energy.enex')).toMatchObject({
      title: 'Gas flows resume through Ukraine after two-week halt',
      published: '2009-01-20',
      // The site the note's title ends with.
      outlet: 'EnergyDesk Europe',
      url: 'https://www.energydesk-europe.example/live/gas-flows-resume-ukraine?utm_source=x&a=1',
    })
    expect(folder.doc('energy.enex').text).toBe(
      [
        'Gazprom resumed pumping gas towards Europe through Ukraine on Tuesday morning, the company said, ending a halt that had left 18 countries short of fuel for almost two weeks in the middle of winter.',
        'EU monitors at the Sudzha metering station on the Russian-Ukrainian border confirmed that gas was flowing westwards, the first time since January 7, officials said. The first deliveries were expected in Slovakia overnight.',
        'Prime Ministers Vladimir Putin and Yulia Tymoshenko agreed the outline of the deal in Moscow in the early hours of Sunday; the ten-year contracts were signed on Monday.',
        "Under the deal Ukraine pays the European price less a 20 per cent discount this year, while the transit fee it charges stays at last year's level, and the middleman RosUkrEnergo is cut out.",
      ].join('\n\n'),
    )
    expect(folder.doc('energy.enex#2')).toMatchObject({ title: 'Questions for Anna', published: null, url: null })
    expect(folder.doc('energy.enex#2').text).toBe('Ask Anna about the Naftogaz debt figures and whether RosUkrEnergo is really out.')
    for (const doc of folder.documents) expect(doc.outlet).not.toBe('mvh')
  })

  it('keeps the notes before a cut, and says why a file is no export', async () => {
    const cut = EXPORT.slice(0, EXPORT.indexOf('Ask Anna about'))
    const folder = await loadFiles({ 'cut.enex': cut, 'empty.enex': '<?xml version="1.0"?><en-export application="Evernote"></en-export>', 'notes.enex': 'Gas talks: ask Anna.\n' })
    expect(folder.doc('cut.enex')).toMatchObject({ title: 'Gas flows resume through Ukraine after two-week halt', published: '2009-01-20' })
    expect(folder.documents.map((d) => d.file)).toEqual(['cut.enex'])
    expect(folder.reason('empty.enex')).toBe('an Evernote export without notes')
    expect(folder.reason('notes.enex')).toBe('not an Evernote export (no <en-export> element)')
  })
})
