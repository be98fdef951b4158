// PDFs a reader saved an article as: the pages' text laid out again as paragraphs (words placed one by one, lines
// broken inside a word, a paragraph running on over a page or a column), running heads, page numbers and a browser's
// print stamp as furniture, the document's dates a bound and never the article's; a damaged, encrypted, scanned or
// hostile PDF skipped with its reason.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { loadFiles } from './fixtures/folder'
import { drawLines, HELVETICA, pdfFile, textPdf } from './fixtures/pdf'
import { parsePdf } from './pdf'
import { MAX_STREAM_BYTES } from './pdfobjects'

const FIXTURES = join(__dirname, 'fixtures')

function paragraphsOf(bytes: Uint8Array): string[] {
  const result = parsePdf('a.pdf', bytes)
  if ('error' in result) throw new Error(result.error)
  return result.articles[0].lines.filter((line) => !line.kind).map((line) => line.text)
}

function parseParagraphs(bytes: Uint8Array): { text: string; furniture: boolean }[] {
  const result = parsePdf('a.pdf', bytes)
  if ('error' in result) throw new Error(result.error)
  return result.articles[0].lines.map((line) => ({ text: line.text, furniture: line.kind === 'furniture' }))
}

describe('PDF documents', () => {
  it("reads a browser's Save as PDF: its columns and pages as paragraphs, soft hyphens gone, its print header and footer furniture, its title, outlet and address", async () => {
    // Printed by Chromium (headless --print-to-pdf, its default header and footer) from a page at that address: a lead,
    // then paragraphs in two justified columns broken with soft hyphens, running over two pages.
    const folder = await loadFiles({ 'talks.pdf': readFileSync(join(FIXTURES, 'browser-print.pdf')) })
    const doc = folder.doc('talks.pdf')
    expect(doc.title).toBe('Talks collapse in Geneva')
    expect(doc.outlet).toBe('The Meridian Post')
    expect(doc.url).toBe('http://www.meridianpost.example/talks.html')
    expect(doc.text).toContain(
      'GENEVA — Negotiations between the two delegations collapsed on Monday after Russia’s top diplomat, Sergei Lavrov, said the proposal was “unacceptable” and left the room, according to three officials familiar with the talks.',
    )
    // One paragraph in the page, though its column ends between two of its sentences; "ses-sion" broken by a soft hyphen.
    expect(doc.text).toContain(
      'The extraordinary session of the council had been scheduled for weeks, and diplomats said the atmosphere was tense from the outset. Officials from both sides had met in Vienna a day earlier to prepare the ground, a meeting that ended with no statement.',
    )
    for (let n = 1; n <= 12; n++) expect(doc.text).toContain(`Paragraph ${n} of the analysis: the envoys’ positions remained far apart on sanctions relief, on the sequencing of any withdrawal and on the verification regime`)
    expect(doc.text).not.toMatch(/\u00ad|ses sion|\d+\/\d+\/\d+, \d+:\d+|meridianpost\.example|\b[12]\/2\b/)
    expect(doc.furniture).toEqual(expect.arrayContaining(['http://www.meridianpost.example/talks.html', '1/2', '2/2']))
    // Printed on the reader's day: a bound on the article's, never its publication.
    expect(doc.published).toBeNull()
    expect(doc.fileDate).toBe('2026-12-07')
  })

  it('reads a PDF that pdfkit wrote (its standard fonts without widths, justified lines) paragraph for paragraph', async () => {
    const paragraphs = Array.from({ length: 9 }, (_, i) => `Paragraph ${i + 1}: the negotiators, who met for nine hours on Tuesday, said the ceasefire was holding across the region and that talks would resume on 12 March in Doha, according to a statement from the mediators’ office. “We are encouraged,” said the envoy.`)
    const bytes = await pdfkitDocument((doc) => {
      doc.font('Helvetica-Bold').fontSize(18).text('Ceasefire holds as envoys meet in Doha')
      doc.moveDown()
      doc.font('Helvetica').fontSize(11)
      for (const p of paragraphs) doc.text(p, { align: 'justify' }).moveDown()
    })
    expect(paragraphsOf(bytes)).toEqual(['Ceasefire holds as envoys meet in Doha', ...paragraphs])
    const result = parsePdf('a.pdf', bytes)
    expect('articles' in result && result.articles[0]).toMatchObject({ title: 'Ceasefire holds', outlet: 'The Ledger', updated: '2024-03-14' })
  })

  it('places words drawn one by one: a gap is a space, a kerning pair is not, a wide TJ step is a space', () => {
    const content = [
      'BT /F1 10 Tf 72 700 Td (The) Tj 20 0 Td (talks) Tj 27 0 Td (in) Tj 12 0 Td (GENEV) Tj 25 0 Td (A) Tj ET',
      'BT /F1 10 Tf 72 688 Td [(ended)-300(on)-30(ly at dawn.)] TJ ET',
    ].join('\n')
    expect(paragraphsOf(textPdf([content]))).toEqual(['The talks in GENEVA ended only at dawn.'])
  })

  it("keeps a table's label and value on one line, parts cards of links set side by side, and takes no word processor's title for the article's", () => {
    const content = [
      'BT /F1 10 Tf 72 700 Td (Publication:) Tj ET BT /F1 10 Tf 250 700 Td (Oceania Wire Service) Tj ET',
      'BT /F1 10 Tf 72 660 Td (Sarawak premier: map has no effect) Tj ET BT /F1 10 Tf 300 660 Td (Explainer: what is the line?) Tj ET',
    ].join('\n')
    const result = parsePdf('a.pdf', textPdf([content], { info: '/Title (Press Release) /Producer (Microsoft Word for Microsoft 365)' }))
    if ('error' in result) throw new Error(result.error)
    expect(result.articles[0].lines.map((line) => line.text)).toEqual(['Publication: Oceania Wire Service', 'Sarawak premier: map has no effect', 'Explainer: what is the line?'])
    expect(result.articles[0].title).toBeNull()
  })

  it("keeps a list item's lines together under its bullet, and starts a paragraph at each item", () => {
    const content = [
      drawLines(['Context'], { top: 720 }),
      // WinAnsi's bullet is code 225 (octal).
      'BT /F1 10 Tf 1 0 0 1 72 700 Tm (\\225 Police relations. The cable appeared six months after the police revolt, which) Tj ET',
      drawLines(['the government calls an attempted coup.'], { top: 688, x: [84] }),
      'BT /F1 10 Tf 1 0 0 1 72 676 Tm (\\225 Earlier incidents. In February 2009 Ecuador expelled two US embassy officials.) Tj ET',
    ].join('\n')
    expect(paragraphsOf(textPdf([content]))).toEqual([
      'Context',
      '• Police relations. The cable appeared six months after the police revolt, which the government calls an attempted coup.',
      '• Earlier incidents. In February 2009 Ecuador expelled two US embassy officials.',
    ])
  })

  it('begins the first word with its drop cap', () => {
    const content = ['BT /F1 30 Tf 72 690 Td (G) Tj ET', 'BT /F1 10 Tf 94 712 Td (ENEVA \\227 The talks ended at dawn on Monday after the two) Tj ET', drawLines(['delegations failed to agree on a text.'], { top: 700, x: [94] })].join('\n')
    expect(paragraphsOf(textPdf([content]))).toEqual(['GENEVA — The talks ended at dawn on Monday after the two delegations failed to agree on a text.'])
  })

  it('ends a paragraph at a wider gap, a first-line indent or a line far short of the others, and joins a word broken at a line end', () => {
    const lines = [
      'The foreign ministers met in the capital on Monday and agreed to a nego-',
      'tiation schedule for the grain corridor that the Russia-',
      'Ukraine talks in Istanbul had left open, officials said.',
      'A second paragraph starts after a wider gap and runs on at length',
      'over a second line.',
      'An indented third paragraph runs on over a line of a full width and',
      'ends on its second line.',
      'A fourth paragraph, the short line before it ending the one before.',
      'A heading without a full stop',
      'A fifth paragraph under its heading, as wide as the other lines are.',
    ]
    // The heading stands a little apart above its paragraph, and ends far short of the lines' edge.
    const content = drawLines(lines, { gaps: [0, 12, 12, 24, 12, 12, 12, 12, 20, 12], x: [72, 72, 72, 72, 72, 90, 72, 72, 72, 72] })
    expect(paragraphsOf(textPdf([content]))).toEqual([
      'The foreign ministers met in the capital on Monday and agreed to a negotiation schedule for the grain corridor that the Russia-Ukraine talks in Istanbul had left open, officials said.',
      'A second paragraph starts after a wider gap and runs on at length over a second line.',
      'An indented third paragraph runs on over a line of a full width and ends on its second line.',
      'A fourth paragraph, the short line before it ending the one before.',
      'A heading without a full stop',
      'A fifth paragraph under its heading, as wide as the other lines are.',
    ])
  })

  it("joins a word a typesetter broke with a hyphen's own character or a browser with a soft hyphen, and takes a pull quote set large for furniture", () => {
    const font = HELVETICA.replace('/Encoding /WinAnsiEncoding', '/Encoding <</BaseEncoding /WinAnsiEncoding /Differences [200 /uni2010]>>')
    const content = [
      drawLines(['The ministers of the three states agreed on Monday to the orga\u00c8', 'nisation of a second round of talks in Doha next month, officials said.', 'Both delegations are expected to attend, the mediators said in a statement.']),
      'BT /F1 15 Tf 72 660 Td (\\223The war did not split the organisation; it showed its limits.\\224) Tj ET',
      drawLines(['The talks will resume on 12 March, a diplomat said on Tuesday evening.', 'No agenda has yet been published.'], { top: 630 }),
      // A browser's soft hyphen at a line's end: the soft hyphen, then the hyphen it shows drawn over it.
      'BT /F1 10 Tf 72 590 Td (The envoys discussed the sequencing of any with\\255) Tj ET BT /F1 10 Tf 292 590 Td (-) Tj ET',
      drawLines(['drawal of forces from the border, and agreed to meet again in March.'], { top: 578 }),
    ].join('\n')
    expect(parseParagraphs(textPdf([content], { font }))).toEqual([
      { text: 'The ministers of the three states agreed on Monday to the organisation of a second round of talks in Doha next month, officials said. Both delegations are expected to attend, the mediators said in a statement.', furniture: false },
      { text: '“The war did not split the organisation; it showed its limits.”', furniture: true },
      { text: 'The talks will resume on 12 March, a diplomat said on Tuesday evening. No agenda has yet been published.', furniture: false },
      { text: 'The envoys discussed the sequencing of any withdrawal of forces from the border, and agreed to meet again in March.', furniture: false },
    ])
  })

  it('takes what recurs at the same place on every page, page numbers and tagged furniture out of the text, and runs a paragraph on over the page', () => {
    const page = (n: number, body: string[]): string =>
      [
        drawLines([`The Harbour Ledger · Tuesday edition · page ${n}`], { top: 760, size: 8 }),
        drawLines(body, { top: 720 }),
        `/Artifact <</Type /Pagination>> BDC ${drawLines([`Document HLDG-2024-0311-${n}7`], { top: 40, size: 8 })} EMC`,
        drawLines([String(n)], { top: 30, size: 8, x: [300] }),
      ].join('\n')
    const bytes = textPdf([page(1, ['Envoys from both capitals met in Oslo on Monday, and the talks ran', 'late into the night as the two delegations argued at length over']), page(2, ['the wording of the final communiqué, aides said.', 'No date was set for another round.']), page(3, ['Officials will meet again in Oslo on 12 March.'])])
    expect(paragraphsOf(bytes)).toEqual([
      'Envoys from both capitals met in Oslo on Monday, and the talks ran late into the night as the two delegations argued at length over the wording of the final communiqué, aides said.',
      'No date was set for another round.',
      'Officials will meet again in Oslo on 12 March.',
    ])
  })

  it("takes the document's day from a running head that gives it, not from a browser's print stamp", () => {
    const page = (head: string, body: string): string => [drawLines([head], { top: 760, size: 8 }), drawLines([body], { top: 720 })].join('\n')
    const brief = textPdf([page('Chamber Research Service · Foreign Affairs Brief 11/09 · 14 April 2011', 'On 5 April 2011 Ecuador declared the US ambassador persona non grata.'), page('Chamber Research Service · Foreign Affairs Brief 11/09 · 14 April 2011', 'On 7 April the United States expelled the ambassador of Ecuador.')])
    const printed = textPdf([page('4/14/11, 9:12 AM', 'On 5 April 2011 Ecuador declared the US ambassador persona non grata.'), page('4/14/11, 9:12 AM', 'On 7 April the United States expelled the ambassador of Ecuador.')])
    const publishedOf = (bytes: Uint8Array): string | null => {
      const result = parsePdf('a.pdf', bytes)
      if ('error' in result) throw new Error(result.error)
      return result.articles[0].published
    }
    expect(publishedOf(brief)).toBe('2011-04-14')
    expect(publishedOf(printed)).toBeNull()
  })

  it("reads a simple font's own encoding (its differences by glyph name), a composite font through its ToUnicode map, and objects packed in an object stream", () => {
    const differences = '<</Type /Font /Subtype /Type1 /BaseFont /Times-Roman /FirstChar 32 /LastChar 255 /Widths [' + Array(224).fill(500).join(' ') + '] /Encoding <</Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [39 /quoteright 128 /eacute /Scaron 130 /f_f_i /uni2014]>>>>'
    const content = "BT /F1 10 Tf 72 700 Td (Caf\\200 talks: e\\202cient \\201koda\\203the minister's view) Tj ET"
    expect(paragraphsOf(textPdf([content], { font: differences }))).toEqual(['Café talks: efficient Škoda—the minister’s view'])

    // A Type0 font in Identity-H, its widths in /W, its text in a ToUnicode CMap; the catalog and page tree packed in an
    // object stream, as newer writers save them.
    const cmap = '/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 2 beginbfchar <0003> <0020> <0010> <00E9> endbfchar 1 beginbfrange <0024> <003D> <0041> endbfrange endcmap end end'
    const packed = ['<</Type /Catalog /Pages 2 0 R>>', '<</Type /Pages /Kids [3 0 R] /Count 1>>', '<</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources <</Font <</F1 5 0 R>>>> /Contents 4 0 R>>']
    let header = ''
    let body = ''
    packed.forEach((object, i) => {
      header += `${i + 1} ${body.length} `
      body += `${object}\n`
    })
    const bytes = pdfFile(
      [
        null,
        null,
        null,
        { dict: '', stream: 'BT /F1 12 Tf 72 700 Td <0027002F0003002C0010002E> Tj ET', deflate: true },
        '<</Type /Font /Subtype /Type0 /BaseFont /AAAAAA+Serif /Encoding /Identity-H /DescendantFonts [7 0 R] /ToUnicode 8 0 R>>',
        { dict: ' /Type /ObjStm /N 3 /First ' + header.length, stream: header + body, deflate: true },
        '<</Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+Serif /DW 600 /W [3 [250]]>>',
        { dict: '', stream: cmap, deflate: true },
      ],
      '/Root 1 0 R',
    )
    expect(paragraphsOf(bytes)).toEqual(['DL IéK'])
  })

  it('reads a PDF secured against copying but open to anyone (RC4 of 40 and 128 bits, AES of 128 bits in object streams, AES of 256), not one that needs a password to open', async () => {
    // Written by qpdf from one press release: --encrypt "" owner-secret 40 | 128 --use-aes=n | 128 --use-aes=y
    // --object-streams=generate | 256, and with "reader-pw" as the password to open it.
    const secured = ['secured-rc4-40.pdf', 'secured-rc4-128.pdf', 'secured-aes-128.pdf', 'secured-aes-256.pdf']
    const files = Object.fromEntries([...secured, 'locked-aes-256.pdf'].map((name) => [name, readFileSync(join(FIXTURES, name))]))
    const folder = await loadFiles(files)
    for (const name of secured) {
      const doc = folder.doc(name)
      // The title and outlet are the document's own strings, encrypted as its text is.
      expect(doc.title).toBe('Embassy welcomes the Doha talks')
      expect(doc.outlet).toBe('Embassy Press Office')
      expect(doc.text).toContain('The Embassy welcomes the resumption of talks in Doha on Tuesday, 12 March, and the commitment of both delegations to meet again within two weeks.')
      expect(doc.text).toContain('“Dialogue remains the only path to a lasting ceasefire,” the Ambassador said.')
    }
    expect(folder.reason('locked-aes-256.pdf')).toBe('an encrypted PDF (its text cannot be read without its password)')
  })

  it('skips a PDF that is not one, is encrypted, holds only pictures, is damaged or hostile, each with its reason, and loads the rest', async () => {
    const bomb = pdfFile(['<</Type /Catalog /Pages 2 0 R>>', '<</Type /Pages /Kids [3 0 R] /Count 1>>', '<</Type /Page /Parent 2 0 R /Contents 4 0 R>>', { dict: ' /Filter /FlateDecode', stream: deflateSync(Buffer.alloc(MAX_STREAM_BYTES + 1024)) }])
    const loop = pdfFile(['<</Type /Catalog /Pages 2 0 R>>', `<</Type /Pages /Kids [2 0 R 3 0 R] /Count 1 /Resources <</Font <</F1 6 0 R>> /XObject <</X 4 0 R>>>>>>`, '<</Type /Page /Parent 2 0 R /Contents 5 0 R>>', { dict: ' /Type /XObject /Subtype /Form', stream: '/X Do BT /F1 10 Tf 72 700 Td (The form draws itself.) Tj ET' }, { dict: '', stream: '/X Do' }, HELVETICA])
    const scan = pdfFile(['<</Type /Catalog /Pages 2 0 R>>', '<</Type /Pages /Kids [3 0 R] /Count 1>>', '<</Type /Page /Parent 2 0 R /Contents 4 0 R>>', { dict: '', stream: 'q 612 0 0 792 0 0 cm BI /W 2 /H 1 /BPC 8 /CS /G ID \u00ff\u0000 EI Q' }])
    const deep = pdfFile(['<</Type /Catalog /Pages 2 0 R>>', `<</Type /Pages /Kids ${'['.repeat(100_000)}`])
    const folder = await loadFiles({
      'ok.pdf': textPdf([drawLines(['The envoys met in Oslo on Monday, officials said.'])]),
      'letter.pdf': 'Dear reader, this is a letter saved with the wrong name.',
      'locked.pdf': pdfFile(['<</Type /Catalog /Pages 2 0 R>>', '<</Type /Pages /Kids [] /Count 0>>', '<</Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4>>'], '/Root 1 0 R /Encrypt 3 0 R'),
      'scan.pdf': scan,
      'bomb.pdf': bomb,
      'deep.pdf': deep,
      'loop.pdf': loop,
      'empty-tree.pdf': pdfFile(['<</Type /Catalog /Pages 2 0 R>>', '<</Type /Pages /Kids [] /Count 0>>']),
      'cut.pdf': textPdf([drawLines(['The envoys met in Oslo on Monday, officials said.'])]).subarray(0, 40),
      // A composite font with no ToUnicode map: its two-byte codes are glyph numbers, not letters.
      'glyphs.pdf': textPdf(['BT /F1 12 Tf 72 700 Td <0027002F0003002C> Tj ET'], { font: '<</Type /Font /Subtype /Type0 /BaseFont /AAAAAA+Serif /Encoding /Identity-H /DescendantFonts [<</Type /Font /Subtype /CIDFontType2 /DW 600>>]>>' }),
    })
    expect(folder.doc('ok.pdf').text).toBe('The envoys met in Oslo on Monday, officials said.')
    expect(folder.reason('letter.pdf')).toBe('not a PDF document (no %PDF header: a misnamed file)')
    expect(folder.reason('locked.pdf')).toBe('an encrypted PDF (its text cannot be read without its password)')
    expect(folder.reason('scan.pdf')).toBe('a PDF without text (its pages are pictures: a scan)')
    expect(folder.reason('bomb.pdf')).toBe(`a PDF that cannot be read: a stream that expands to more than ${MAX_STREAM_BYTES / 1024 / 1024} MB`)
    expect(folder.reason('deep.pdf')).toBe('a PDF that cannot be read: nested too deeply')
    // A page tree that lists itself and a form that draws itself are read once.
    expect(folder.doc('loop.pdf').text).toBe('The form draws itself.')
    expect(folder.reason('empty-tree.pdf')).toBe('a damaged PDF (no pages found)')
    expect(folder.reason('cut.pdf')).toBe('a damaged PDF (no pages found)')
    expect(folder.reason('glyphs.pdf')).toBe('a PDF whose fonts do not say which letters they draw (its text cannot be read)')
  })
})

async function pdfkitDocument(draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 72, info: { Title: 'Ceasefire holds | The Ledger', CreationDate: new Date('2024-03-14T09:00:00Z') } })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()))
  draw(doc)
  doc.end()
  await done
  return new Uint8Array(Buffer.concat(chunks))
}
