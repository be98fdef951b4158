// Documents a reader pasted an article into, saved by Word (.docx) or LibreOffice (.odt), and pages Safari saved as Web
// Archives: their text read from inside the container, their captions furniture, the reader's own dates never the
// article's, and a damaged or hostile container skipped with its reason.
import { describe, expect, it } from 'vitest'
import { binaryPlist, zipArchive } from './fixtures/containers'
import { loadFiles } from './fixtures/folder'

const LEAD = 'Pakistan\u2019s prime minister, Imran Khan, arrived in Moscow on Wednesday for talks with President Vladimir Putin.'
const SECOND = 'The Foreign Office said the visit had been planned for months.'

const WORD_BODY = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
  <w:body>
    <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Khan lands in Moscow as tanks mass on Ukraine's border</w:t></w:r></w:p>
    <w:p><w:r><w:t xml:space="preserve">Pakistan\u2019s prime minister, </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Imran Khan</w:t></w:r><w:r><w:t xml:space="preserve">, arrived in Moscow on Wednesday for talks with </w:t></w:r><w:del w:id="1" w:author="Reader"><w:r><w:delText>the Russian leader </w:delText></w:r></w:del><w:r><w:t>President Vladimir Putin.</w:t></w:r></w:p>
    <w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr><w:r><w:t>Imran Khan at Vnukovo airport. Photo: Steppe Wire</w:t></w:r></w:p>
    <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org" </w:instrText></w:r><w:r><w:t>The Foreign Office</w:t></w:r><w:r><w:t xml:space="preserve"> said the visit had been planned for months.</w:t></w:r></w:p>
    <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Trade in 2021: $4.5bn</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
    <w:sectPr/>
  </w:body>
</w:document>`

const WORD_CORE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <dc:title>Khan in Moscow</dc:title><dc:creator>Reader</dc:creator>
  <dcterms:created xsi:type="dcterms:W3CDTF">2022-02-26T08:00:00Z</dcterms:created>
  <dcterms:modified xsi:type="dcterms:W3CDTF">2022-02-27T10:30:00Z</dcterms:modified>
</cp:coreProperties>`

const DOCX = { '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>', 'word/document.xml': WORD_BODY, 'docProps/core.xml': WORD_CORE }

const ODF_CONTENT = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0">
  <office:body><office:text>
    <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/></text:sequence-decls>
    <text:h text:outline-level="1">Khan lands in Moscow</text:h>
    <text:p text:style-name="P1">Pakistan\u2019s prime minister,<text:s/>Imran Khan, arrived in Moscow on Wednesday for talks with President Vladimir Putin.<text:note text:note-class="footnote"><text:note-body><text:p>A reader's footnote.</text:p></text:note-body></text:note></text:p>
    <text:p text:style-name="Caption">Imran Khan at Vnukovo airport. Photo: Steppe Wire</text:p>
    <text:list><text:list-item><text:p>The Foreign Office said the visit had been planned for months.</text:p></text:list-item></text:list>
  </office:text></office:body>
</office:document-content>`

const ODF_META = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0">
  <office:meta><dc:title>Khan in Moscow (odt)</dc:title><meta:creation-date>2022-02-26T08:00:00</meta:creation-date><dc:date>2022-02-28T09:00:00</dc:date></office:meta>
</office:document-meta>`

const PAGE = `<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Khan in Moscow | Steppe Wire</title>
<meta property="og:site_name" content="Steppe Wire"><meta property="article:published_time" content="2022-02-23T18:00:00+05:00"></head>
<body><article><h1>Khan lands in Moscow</h1><p>${LEAD}</p><figure><img src="a.jpg"><figcaption>Imran Khan at Vnukovo airport.</figcaption></figure><p>${SECOND}</p></article></body></html>`

describe('word-processor documents (.docx, .odt)', () => {
  it("reads a Word document's paragraphs, runs joined, its revisions, field codes and captions left out, its title its own", async () => {
    const folder = await loadFiles({ 'khan.docx': zipArchive(DOCX) })
    const doc = folder.doc('khan.docx')
    expect(doc.text).toContain(LEAD)
    expect(doc.text).toContain(SECOND)
    expect(doc.text).toContain('Trade in 2021: $4.5bn')
    expect(doc.text).not.toMatch(/the Russian leader|HYPERLINK|Vnukovo/)
    expect(doc.furniture).toContain('Imran Khan at Vnukovo airport. Photo: Steppe Wire')
    expect(doc.title).toBe('Khan in Moscow')
    // The document's dates are the reader's: the last save bounds the article, it does not date it.
    expect(doc.published).toBeNull()
    expect(doc.fileDate).toBe('2022-02-27')
  })

  it('reads an OpenDocument text, stored or deflated, its footnotes and captions left out', async () => {
    const entries = { mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': ODF_CONTENT, 'meta.xml': ODF_META }
    const folder = await loadFiles({ 'a.odt': zipArchive(entries), 'b.odt': zipArchive(entries, true) })
    for (const file of ['a.odt', 'b.odt']) {
      const doc = folder.doc(file)
      expect(doc.text).toContain(LEAD)
      expect(doc.text).toContain(SECOND)
      expect(doc.text).not.toMatch(/footnote|Vnukovo/)
      expect(doc.title).toBe('Khan in Moscow (odt)')
      expect(doc.published).toBeNull()
      expect(doc.fileDate).toBe('2022-02-28')
    }
  })

  it('skips a damaged, misnamed or hostile document with its reason, and loads the rest', async () => {
    const whole = zipArchive(DOCX)
    const bomb = zipArchive({ 'word/document.xml': `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(1)}${' '.repeat(40 * 1024 * 1024)}</w:body></w:document>` })
    const folder = await loadFiles({
      'cut.docx': whole.subarray(0, whole.length - 30),
      'old.doc': 'not read',
      'renamed.docx': 'Just a text someone renamed.',
      'empty.odt': zipArchive({ mimetype: 'application/vnd.oasis.opendocument.text' }),
      'bomb.docx': bomb,
      'good.docx': whole,
    })
    expect(folder.reason('cut.docx')).toMatch(/damaged or incomplete ZIP archive/)
    expect(folder.reason('old.doc')).toBe('not an article file (.doc word-processor document)')
    expect(folder.reason('renamed.docx')).toMatch(/^not a Word document \(not a ZIP archive/)
    expect(folder.reason('empty.odt')).toBe('an OpenDocument text without its text (no content.xml in the archive)')
    expect(folder.reason('bomb.docx')).toMatch(/expands to more than 32 MB/)
    expect(folder.doc('good.docx').text).toContain(LEAD)
  })
})

/** A binary property list of `levels` arrays, each holding the next one twice, the last an integer. */
function fanOutPlist(levels: number): Uint8Array {
  const objects = [...Array.from({ length: levels }, (_, i) => Buffer.from([0xa2, 0, i + 1, 0, i + 1])), Buffer.from([0x10, 7])]
  const offsets: number[] = []
  let at = 8
  for (const o of objects) {
    offsets.push(at)
    at += o.length
  }
  const table = Buffer.alloc(offsets.length * 4)
  offsets.forEach((o, i) => table.writeUInt32BE(o, i * 4))
  const trailer = Buffer.alloc(32)
  trailer[6] = 4
  trailer[7] = 2
  trailer.writeBigUInt64BE(BigInt(objects.length), 8)
  trailer.writeBigUInt64BE(BigInt(at), 24)
  return new Uint8Array(Buffer.concat([Buffer.from('bplist00'), ...objects, table, trailer]))
}

/** The page as a Windows-1252 file has it: the closing quote is byte 0x92. */
const cp1252 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text.replace(/\u2019/g, '\x92'), 'latin1'))

describe('Safari web archives (.webarchive)', () => {
  const archive = (page: Uint8Array, encoding = 'windows-1252') =>
    binaryPlist({
      WebMainResource: { WebResourceData: page, WebResourceMIMEType: 'text/html', WebResourceTextEncodingName: encoding, WebResourceURL: 'https://steppe.example/khan-moscow', WebResourceFrameName: '' },
      WebSubresources: [{ WebResourceData: new Uint8Array([0xff, 0xd8, 0xff]), WebResourceMIMEType: 'image/jpeg', WebResourceURL: 'https://steppe.example/a.jpg' }],
    })

  it("reads the archived page in the encoding the archive names, its caption furniture, its address and the page's date", async () => {
    const bytes = cp1252(PAGE)
    const folder = await loadFiles({ 'khan.webarchive': archive(bytes) })
    const doc = folder.doc('khan.webarchive')
    expect(doc.text).toContain(LEAD)
    expect(doc.text).toContain(SECOND)
    expect(doc.text).not.toContain('Vnukovo')
    expect(doc.outlet).toBe('Steppe Wire')
    expect(doc.url).toBe('https://steppe.example/khan-moscow')
    expect(doc.published).toBe('2022-02-23')
  })

  it('skips an archive that is damaged, of a picture, or loops on itself, with its reason', async () => {
    const good = archive(cp1252(PAGE))
    const picture = binaryPlist({ WebMainResource: { WebResourceData: new Uint8Array([0xff, 0xd8]), WebResourceMIMEType: 'image/jpeg' } })
    // An array whose only element is itself: a reader that followed references blindly would never end.
    const loop = new Uint8Array(binaryPlist([1]))
    loop[9] = 0
    loop[10] = 0
    // Forty arrays, each holding the next twice: 2^40 reads for a reader that follows every reference.
    const fan = fanOutPlist(40)
    const folder = await loadFiles({ 'cut.webarchive': good.subarray(0, 200), 'picture.webarchive': picture, 'loop.webarchive': loop, 'text.webarchive': 'hello', 'fan.webarchive': fan })
    expect(folder.reason('cut.webarchive')).toMatch(/^a Safari web archive that cannot be read: a damaged property list/)
    expect(folder.reason('picture.webarchive')).toBe('a Safari web archive of a image/jpeg file, not a page')
    expect(folder.reason('loop.webarchive')).toBe('a Safari web archive that cannot be read: a property list nested too deeply')
    expect(folder.reason('text.webarchive')).toBe('not a Safari web archive (no binary property list)')
    expect(folder.reason('fan.webarchive')).toBe('a Safari web archive that cannot be read: a property list too large to read')
  })
})
