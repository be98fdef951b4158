// svg-to-pdfkit ships no types: the part of its API the PDF export uses.
declare module 'svg-to-pdfkit' {
  interface SvgToPdfOptions {
    width?: number
    height?: number
    preserveAspectRatio?: string
    /** Units are PDF points rather than CSS pixels (no 72/96 scaling). */
    assumePt?: boolean
    /** The PDFKit font name (registered or standard) for a family, weight and style. */
    fontCallback?: (family: string, bold: boolean, italic: boolean) => string
    warningCallback?: (message: string) => void
  }
  export default function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options?: SvgToPdfOptions): void
}
