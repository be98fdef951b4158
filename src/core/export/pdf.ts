// SVG to a one-page vector PDF with PDFKit and svg-to-pdfkit: the page is the drawing's own size, the
// text stays text (searchable, selectable), in the TrueType font the PNG uses where one is installed
// (so non-Latin names render), else PDF's built-in Helvetica.
import PDFDocument from 'pdfkit'
import SVGtoPDF from 'svg-to-pdfkit'
import { renderFont, type RenderFont } from './png'

export interface PdfOptions {
  /** Font to embed; `renderFont()` when absent, Helvetica when null. */
  font?: RenderFont | null
}

/** The drawing's size from the root element's width and height attributes. */
export function svgSize(svg: string): { width: number; height: number } {
  const size = /^<svg\b[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg)
  if (!size) throw new Error('the drawing has no width and height')
  return { width: Number(size[1]), height: Number(size[2]) }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** The drawing's title (its root aria-label), for the document's properties. */
function svgTitle(svg: string): string | undefined {
  const label = /^<svg\b[^>]*?\saria-label="([^"]*)"/.exec(svg)?.[1]
  return label?.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name])
}

/** PDFKit names of the regular and bold faces for the drawing's text. */
function registerFaces(doc: PDFKit.PDFDocument, font: RenderFont | null): { regular: string; bold: string } {
  if (!font) return { regular: 'Helvetica', bold: 'Helvetica-Bold' }
  const [regular, bold = regular] = font.files
  doc.registerFont('Drawing', regular)
  doc.registerFont('Drawing-Bold', bold)
  return { regular: 'Drawing', bold: 'Drawing-Bold' }
}

export function renderPdf(svg: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const { width, height } = svgSize(svg)
  // One point per SVG pixel: the page is as large as the drawing, as the SVG export is.
  const doc = new PDFDocument({ size: [width, height], margin: 0, compress: true, info: { Title: svgTitle(svg) ?? 'Timeline', Creator: 'News Timeline' } })
  const chunks: Buffer[] = []
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
  })
  const faces = registerFaces(doc, options.font === undefined ? renderFont() : options.font)
  SVGtoPDF(doc, svg, 0, 0, {
    width,
    height,
    assumePt: true,
    fontCallback: (_family: string, bold: boolean) => (bold ? faces.bold : faces.regular),
  })
  doc.end()
  return done
}
