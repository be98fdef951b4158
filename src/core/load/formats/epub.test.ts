// E-books a reader sent an article to: an EPUB 3 from a "send to e-reader" tool (its dates the article's) and an EPUB 2
// that Calibre made from a saved page (its date unknown, the day it was added a bound); the chapters read in the spine's
// order as one page, the tool's own pages passed over; a damaged or misnamed book skipped with its reason.
import { describe, expect, it } from 'vitest'
import { zipArchive } from './fixtures/containers'
import { loadFiles } from './fixtures/folder'

const CONTAINER = (path: string): string =>
  `<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="${path}" media-type="application/oebps-package+xml"/></rootfiles></container>`

const chapter = (body: string): string => `<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body>${body}</body></html>`

const LEAD = 'DOHA — Negotiators from Israel and Hamas met in Doha on Tuesday for the first time in three weeks, according to a statement from the Qatari foreign ministry.'
const SECOND = 'Majed al-Ansari, the ministry’s spokesman, said the talks had been “constructive” and would resume on 12 March.'

const EPUB3 = {
  mimetype: 'application/epub+zip',
  'META-INF/container.xml': CONTAINER('OEBPS/content.opf'),
  'OEBPS/content.opf': `<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="id">urn:uuid:5b1f</dc:identifier><dc:title>Gaza truce talks resume in Doha</dc:title><dc:creator>Lina Haddad</dc:creator>
    <dc:publisher>The Harbour Ledger</dc:publisher><dc:source>https://www.harbourledger.example/2024/03/05/doha-talks</dc:source><dc:date>2024-03-05</dc:date>
    <meta property="dcterms:modified">2024-03-09T18:02:11Z</meta></metadata>
    <manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/><item id="c1" href="text/article.xhtml" media-type="application/xhtml+xml"/><item id="img" href="images/doha.jpg" media-type="image/jpeg"/></manifest>
    <spine><itemref idref="nav" linear="no"/><itemref idref="c1"/></spine></package>`,
  'OEBPS/nav.xhtml': chapter('<nav epub:type="toc"><h1>Contents</h1><ol><li><a href="text/article.xhtml">Gaza truce talks resume in Doha</a></li></ol></nav>'),
  'OEBPS/text/article.xhtml': chapter(`<h1>Gaza truce talks resume in Doha</h1><p>${LEAD}</p><figure><img src="../images/doha.jpg"/><figcaption>The Sheraton in Doha. Photo: Ledger staff</figcaption></figure><p>${SECOND}</p>`),
  'OEBPS/images/doha.jpg': new Uint8Array([0xff, 0xd8, 0xff]),
}

const CALIBRE = {
  mimetype: 'application/epub+zip',
  'META-INF/container.xml': CONTAINER('content.opf'),
  'content.opf': `<?xml version='1.0' encoding='utf-8'?><package xmlns="http://www.idpf.org/2007/opf" unique-identifier="uuid_id" version="2.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    <dc:title>Doha talks</dc:title><dc:creator opf:role="aut">Unknown</dc:creator><dc:date>0101-01-01T00:00:00+00:00</dc:date><dc:language>en</dc:language>
    <meta name="calibre:timestamp" content="2024-03-11T08:15:40.123000+00:00"/></metadata>
    <manifest><item id="titlepage" href="titlepage.xhtml" media-type="application/xhtml+xml"/><item id="html" href="index_split_000.html" media-type="application/xhtml+xml"/><item id="html1" href="index_split_001.html" media-type="application/xhtml+xml"/><item id="css" href="stylesheet.css" media-type="text/css"/><item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/></manifest>
    <spine toc="ncx"><itemref idref="titlepage"/><itemref idref="html"/><itemref idref="html1"/></spine></package>`,
  'titlepage.xhtml': chapter('<div class="cover"><svg><image href="cover.jpeg"/></svg><p>Cover</p></div>'),
  'index_split_000.html': chapter(`<p class="calibre1">${LEAD}</p>`),
  'index_split_001.html': chapter(`<p class="calibre1">${SECOND}</p>`),
  'stylesheet.css': '.calibre1 { display: block }',
  'toc.ncx': '<ncx/>',
}

describe('EPUB books', () => {
  it("reads a send-to-e-reader EPUB 3: its chapter's text, its title, outlet, address and the article's date; the table of contents and caption left out", async () => {
    const folder = await loadFiles({ 'doha.epub': zipArchive(EPUB3) })
    const doc = folder.doc('doha.epub')
    expect(doc.text).toContain(LEAD)
    expect(doc.text).toContain(SECOND)
    expect(doc.text).not.toMatch(/Contents|Photo: Ledger staff/)
    expect(doc).toMatchObject({ title: 'Gaza truce talks resume in Doha', outlet: 'The Harbour Ledger', url: 'https://www.harbourledger.example/2024/03/05/doha-talks', published: '2024-03-05' })
  })

  it("reads a Calibre EPUB 2's split chapters in order, its title page passed over; its unknown date is none and the day it was added a bound", async () => {
    const folder = await loadFiles({ 'doha.epub': zipArchive(CALIBRE) })
    const doc = folder.doc('doha.epub')
    expect(doc.text).toBe(`${LEAD}\n\n${SECOND}`)
    expect(doc.published).toBeNull()
    expect(doc.fileDate).toBe('2024-03-11')
  })

  it("finds a chapter whose name in the package has a malformed escape, taking the name as written", async () => {
    const opf = EPUB3['OEBPS/content.opf'].replace('href="text/article.xhtml"', 'href="text/the%20article%.xhtml"')
    const { 'OEBPS/text/article.xhtml': chapterText, ...rest } = EPUB3
    const doc = (await loadFiles({ 'doha.epub': zipArchive({ ...rest, 'OEBPS/content.opf': opf, 'OEBPS/text/the%20article%.xhtml': chapterText }) })).doc('doha.epub')
    expect(doc.text).toContain(LEAD)
  })

  it('takes a date on the day the book was made for the making, not the article', async () => {
    const opf = EPUB3['OEBPS/content.opf'].replace('<dc:date>2024-03-05</dc:date>', '<dc:date>2024-03-09T18:02:11Z</dc:date>')
    const doc = (await loadFiles({ 'doha.epub': zipArchive({ ...EPUB3, 'OEBPS/content.opf': opf }) })).doc('doha.epub')
    expect(doc.published).toBeNull()
    expect(doc.fileDate).toBe('2024-03-09')
  })

  it('skips a misnamed, damaged or empty book with its reason, and loads the rest', async () => {
    const { 'META-INF/container.xml': _, ...withoutContainer } = EPUB3
    const folder = await loadFiles({
      'ok.epub': zipArchive(EPUB3),
      'notes.epub': 'These are my notes, not a book.',
      'lost.epub': zipArchive(withoutContainer),
      'empty.epub': zipArchive({ ...EPUB3, 'OEBPS/text/article.xhtml': chapter('') }),
      'cut.epub': zipArchive(EPUB3).subarray(0, 300),
    })
    expect(folder.doc('ok.epub').text).toContain(LEAD)
    expect(folder.reason('notes.epub')).toBe('not an EPUB book (not a ZIP archive: a misnamed file)')
    expect(folder.reason('lost.epub')).toBe('an EPUB book without its package document (META-INF/container.xml names none)')
    expect(folder.reason('empty.epub')).toBe('an EPUB book without text')
    expect(folder.reason('cut.epub')).toBe('an EPUB book that cannot be read: a damaged or incomplete ZIP archive (no central directory)')
  })
})
