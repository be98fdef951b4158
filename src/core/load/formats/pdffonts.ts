// What a PDF font's codes mean: the Unicode text of each code (its ToUnicode map first, else its encoding and glyph
// names) and its width, which places the next word. Composite fonts take two-byte codes (Identity-H, as browsers and
// word processors write them, or a UCS-2 map); simple fonts one byte.
import { latin1, PdfFile, PdfName, PdfStream, type PdfDict, type PdfValue } from './pdfobjects'

export interface PdfFont {
  /** Splits a string into codes, each with its text and its width in thousandths of the font size. */
  glyphs(bytes: Uint8Array): { text: string; width: number; space: boolean }[]
}

const MAX_MAP_ENTRIES = 200_000

export function readFont(pdf: PdfFile, value: PdfValue | undefined): PdfFont {
  const font = pdf.dict(value) ?? new Map()
  const subtype = nameOf(pdf.get(font, 'Subtype'))
  const toUnicode = pdf.resolve(font.get('ToUnicode'))
  const map = toUnicode instanceof PdfStream ? readCMap(latin1(pdf.decode(toUnicode) ?? new Uint8Array())) : null
  return subtype === 'Type0' ? compositeFont(pdf, font, map) : simpleFont(pdf, font, map, subtype === 'Type3')
}

function compositeFont(pdf: PdfFile, font: PdfDict, map: CMap | null): PdfFont {
  const encoding = nameOf(pdf.get(font, 'Encoding')) ?? ''
  const descendant = pdf.dict(arrayOf(pdf.get(font, 'DescendantFonts'))[0]) ?? new Map()
  const widths = cidWidths(pdf, descendant)
  const fallbackWidth = numberOf(pdf.get(descendant, 'DW')) ?? 1000
  const ucs2 = /UCS2|UTF16/.test(encoding)
  const lengths = map && !/^Identity/.test(encoding) && !ucs2 ? map.lengths : [2]
  return {
    glyphs(bytes) {
      const out: { text: string; width: number; space: boolean }[] = []
      for (let i = 0; i < bytes.length; ) {
        const length = codeLength(bytes, i, lengths)
        let code = 0
        for (let k = 0; k < length; k++) code = code * 256 + (bytes[i + k] ?? 0)
        i += length
        const text = map?.text.get(code) ?? (ucs2 ? String.fromCharCode(code) : '')
        out.push({ text, width: widths.get(code) ?? fallbackWidth, space: false })
      }
      return out
    },
  }
}

function codeLength(bytes: Uint8Array, at: number, lengths: number[]): number {
  if (lengths.length === 1) return lengths[0]
  // A multi-byte map (Shift_JIS-like): a code is as long as the shortest range its first byte can start.
  return bytes[at] < 0x80 ? Math.min(...lengths) : Math.max(...lengths)
}

function cidWidths(pdf: PdfFile, descendant: PdfDict): Map<number, number> {
  const widths = new Map<number, number>()
  const w = arrayOf(pdf.get(descendant, 'W'))
  for (let i = 0; i < w.length && widths.size < MAX_MAP_ENTRIES; ) {
    const first = numberOf(pdf.resolve(w[i]))
    const next = pdf.resolve(w[i + 1])
    if (first === null) break
    if (Array.isArray(next)) {
      next.forEach((width, k) => widths.set(first + k, numberOf(pdf.resolve(width)) ?? 0))
      i += 2
    } else {
      const last = numberOf(next) ?? first
      const width = numberOf(pdf.resolve(w[i + 2])) ?? 0
      for (let c = first; c <= Math.min(last, first + MAX_MAP_ENTRIES); c++) widths.set(c, width)
      i += 3
    }
  }
  return widths
}

function simpleFont(pdf: PdfFile, font: PdfDict, map: CMap | null, type3: boolean): PdfFont {
  const names = encodingOf(pdf, font)
  const firstChar = numberOf(pdf.get(font, 'FirstChar')) ?? 0
  const widths = arrayOf(pdf.get(font, 'Widths')).map((w) => numberOf(pdf.resolve(w)) ?? 0)
  const descriptor = pdf.dict(font.get('FontDescriptor'))
  // A Type 3 font's glyphs are drawn in its own units; its matrix says how many make the font size.
  const scale = type3 ? (numberOf(pdf.resolve(arrayOf(pdf.get(font, 'FontMatrix'))[0])) ?? 0.001) * 1000 : 1
  const missing = numberOf(pdf.get(descriptor, 'MissingWidth')) ?? (widths.length ? 0 : 500)
  return {
    glyphs(bytes) {
      return Array.from(bytes, (code) => ({
        text: map?.text.get(code) ?? names[code] ?? '',
        width: (widths[code - firstChar] ?? missing) * scale,
        space: code === 32,
      }))
    },
  }
}

/** The text of each of a simple font's 256 codes: its base encoding with the font's differences over it. */
function encodingOf(pdf: PdfFile, font: PdfDict): string[] {
  const encoding = pdf.resolve(font.get('Encoding'))
  const baseName = encoding instanceof PdfName ? encoding.name : encoding instanceof Map ? nameOf(pdf.get(encoding, 'BaseEncoding')) : null
  const names = [...(baseName === 'MacRomanEncoding' ? MAC_ROMAN : baseName === 'StandardEncoding' ? STANDARD : WIN_ANSI)]
  if (encoding instanceof Map) {
    let code = 0
    for (const entry of arrayOf(pdf.get(encoding, 'Differences'))) {
      const value = pdf.resolve(entry)
      if (typeof value === 'number') code = value
      else if (value instanceof PdfName && code < 256) names[code++] = glyphText(value.name)
    }
  }
  return names
}

interface CMap {
  text: Map<number, string>
  /** The byte lengths its code space ranges take. */
  lengths: number[]
}

/** A ToUnicode CMap: its code space and its bfchar and bfrange entries. */
export function readCMap(source: string): CMap {
  const text = new Map<number, string>()
  const lengths = new Set<number>()
  const hex = (s: string): number => parseInt(s || '0', 16)
  const unicode = (s: string): string => {
    let out = ''
    for (let i = 0; i + 4 <= s.length; i += 4) out += String.fromCharCode(parseInt(s.slice(i, i + 4), 16))
    if (s.length % 4 === 2) out += String.fromCharCode(parseInt(s.slice(-2), 16))
    return out
  }
  for (const block of source.matchAll(/begincodespacerange([\s\S]*?)endcodespacerange/g))
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<[0-9a-fA-F]+>/g)) lengths.add(Math.max(1, Math.ceil(m[1].length / 2)))
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) if (text.size < MAX_MAP_ENTRIES) text.set(hex(m[1]), unicode(m[2]))
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:<([0-9a-fA-F]*)>|\[([^\]]*)\])/g)) {
      const low = hex(m[1])
      const high = Math.min(hex(m[2]), low + MAX_MAP_ENTRIES - text.size)
      if (m[4] !== undefined) {
        const targets = [...m[4].matchAll(/<([0-9a-fA-F]*)>/g)].map((t) => unicode(t[1]))
        for (let c = low; c <= high && c - low < targets.length; c++) text.set(c, targets[c - low])
      } else {
        // The last UTF-16 unit counts up through the range.
        const start = unicode(m[3] ?? '')
        const head = start.slice(0, -1)
        const last = start.charCodeAt(start.length - 1)
        for (let c = low; c <= high; c++) text.set(c, head + String.fromCharCode(last + c - low))
      }
    }
  }
  return { text, lengths: lengths.size ? [...lengths].sort() : [2] }
}

// Glyph names: the letters and figures by their own names, punctuation by Adobe's, accented letters as base and accent.
const NAMED: Record<string, string> = {
  space: ' ', exclam: '!', quotedbl: '"', numbersign: '#', dollar: '$', percent: '%', ampersand: '&', quotesingle: "'",
  parenleft: '(', parenright: ')', asterisk: '*', plus: '+', comma: ',', hyphen: '-', period: '.', slash: '/', colon: ':',
  semicolon: ';', less: '<', equal: '=', greater: '>', question: '?', at: '@', bracketleft: '[', backslash: '\\',
  bracketright: ']', asciicircum: '^', underscore: '_', grave: '`', braceleft: '{', bar: '|', braceright: '}', asciitilde: '~',
  quoteleft: '‘', quoteright: '’', quotedblleft: '“', quotedblright: '”', quotesinglbase: '‚', quotedblbase: '„',
  endash: '–', emdash: '—', bullet: '•', ellipsis: '…', dagger: '†', daggerdbl: '‡', guillemotleft: '«', guillemotright: '»',
  guilsinglleft: '‹', guilsinglright: '›', section: '§', paragraph: '¶', copyright: '©', registered: '®', trademark: '™',
  degree: '°', nbspace: '\u00a0', sfthyphen: '\u00ad', minus: '−', periodcentered: '·', exclamdown: '¡', questiondown: '¿',
  cent: '¢', sterling: '£', yen: '¥', Euro: '€', euro: '€', currency: '¤', florin: 'ƒ', perthousand: '‰', fraction: '⁄',
  germandbls: 'ß', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', oslash: 'ø', Oslash: 'Ø', lslash: 'ł', Lslash: 'Ł', dotlessi: 'ı',
  eth: 'ð', Eth: 'Ð', thorn: 'þ', Thorn: 'Þ', ordfeminine: 'ª', ordmasculine: 'º', brokenbar: '¦', logicalnot: '¬',
  plusminus: '±', multiply: '×', divide: '÷', mu: 'µ', onehalf: '½', onequarter: '¼', threequarters: '¾',
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  fi: 'fi', fl: 'fl', ff: 'ff', ffi: 'ffi', ffl: 'ffl',
}
const ACCENTS: Record<string, string> = {
  acute: '\u0301', grave: '\u0300', circumflex: '\u0302', tilde: '\u0303', dieresis: '\u0308', ring: '\u030a', cedilla: '\u0327',
  caron: '\u030c', macron: '\u0304', breve: '\u0306', ogonek: '\u0328', dotaccent: '\u0307', hungarumlaut: '\u030b', commaaccent: '\u0326',
}

export function glyphText(name: string): string {
  const base = name.replace(/\..*$/, '')
  if (base.includes('_')) return base.split('_').map(glyphText).join('')
  if (NAMED[base] !== undefined) return NAMED[base]
  if (/^[A-Za-z]$/.test(base)) return base
  const uni = /^uni((?:[0-9A-F]{4})+)$/.exec(base)
  if (uni) return uni[1].match(/.{4}/g)!.map((h) => String.fromCharCode(parseInt(h, 16))).join('')
  const u = /^u([0-9A-F]{4,6})$/.exec(base)
  if (u) return String.fromCodePoint(Math.min(parseInt(u[1], 16), 0x10ffff))
  const accented = /^([A-Za-z])(acute|grave|circumflex|tilde|dieresis|ring|cedilla|caron|macron|breve|ogonek|dotaccent|hungarumlaut|commaaccent)$/.exec(base)
  if (accented) return (accented[1] + ACCENTS[accented[2]]).normalize('NFC')
  return ''
}

function latinTable(high: Record<number, string>): string[] {
  return Array.from({ length: 256 }, (_, c) => (c in high ? high[c] : c >= 0x20 && c !== 0x7f && (c < 0x80 || c >= 0xa0) ? String.fromCharCode(c) : ''))
}

const WIN_ANSI = latinTable(Object.fromEntries([...'€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ'].map((c, i) => [0x80 + i, c === '\u0000' ? '' : c])))

const MAC_ROMAN = latinTable(
  Object.fromEntries(
    [...'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»… ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ'].map((c, i) => [0x80 + i, c]),
  ),
)

const STANDARD = latinTable({
  0x27: '’', 0x60: '‘', 0xa1: '¡', 0xa2: '¢', 0xa3: '£', 0xa4: '⁄', 0xa5: '¥', 0xa6: 'ƒ', 0xa7: '§', 0xa8: '¤', 0xa9: "'", 0xaa: '“',
  0xab: '«', 0xac: '‹', 0xad: '›', 0xae: 'fi', 0xaf: 'fl', 0xb0: '', 0xb1: '–', 0xb2: '†', 0xb3: '‡', 0xb4: '·', 0xb5: '', 0xb6: '¶',
  0xb7: '•', 0xb8: '‚', 0xb9: '„', 0xba: '”', 0xbb: '»', 0xbc: '…', 0xbd: '‰', 0xbe: '', 0xbf: '¿', 0xc0: '', 0xc1: '`', 0xc2: '´',
  0xc3: 'ˆ', 0xc4: '˜', 0xc5: '¯', 0xc6: '˘', 0xc7: '˙', 0xc8: '¨', 0xc9: '', 0xca: '˚', 0xcb: '¸', 0xcc: '', 0xcd: '˝', 0xce: '˛',
  0xcf: 'ˇ', 0xd0: '—', 0xe1: 'Æ', 0xe3: 'ª', 0xe8: 'Ł', 0xe9: 'Ø', 0xea: 'Œ', 0xeb: 'º', 0xf1: 'æ', 0xf5: 'ı', 0xf8: 'ł', 0xf9: 'ø',
  0xfa: 'œ', 0xfb: 'ß',
})

function nameOf(value: PdfValue | undefined): string | null {
  return value instanceof PdfName ? value.name : null
}

function numberOf(value: PdfValue | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

function arrayOf(value: PdfValue | undefined): PdfValue[] {
  return Array.isArray(value) ? value : []
}
