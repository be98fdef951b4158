import { describe, expect, it } from 'vitest'
import { decodeBytes, looksBinary, normalizeText } from './decode'

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)))

/** A text in a legacy two-byte encoding, each character's bytes found by decoding every pair (the platform only encodes UTF-8). */
function encodeWith(label: string, text: string): Uint8Array {
  const decoder = new TextDecoder(label, { fatal: true })
  const pairs = new Map<string, number[]>()
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const c = decoder.decode(new Uint8Array([lead, trail]))
        if (c.length === 1 && !pairs.has(c)) pairs.set(c, [lead, trail])
      } catch {
        // not a character of this encoding
      }
    }
  return new Uint8Array([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : pairs.get(c)!)))
}

/** A text in a legacy one-byte encoding, each character's byte found by decoding every byte. */
function encodeOneByte(label: string, text: string): Uint8Array {
  const decoder = new TextDecoder(label)
  const bytes = new Map(Array.from({ length: 256 }, (_, b) => [decoder.decode(new Uint8Array([b])), b] as const))
  return new Uint8Array([...text].map((c) => bytes.get(c)!))
}

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', new Uint8Array(Buffer.from('Zürich – “talks”')), 'Zürich – “talks”', 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Genève')]), 'Genève', 'utf-8'],
    ['UTF-16 LE with BOM', new Uint8Array([0xff, 0xfe, ...Buffer.from('Genève', 'utf16le')]), 'Genève', 'utf-16le'],
    ['UTF-16 BE with BOM', new Uint8Array([0xfe, 0xff, ...Buffer.from('Genève', 'utf16le').swap16()]), 'Genève', 'utf-16be'],
    ['Windows-1252 quotes and accents', bytes('Caf', [0xe9], ' ', [0x93], 'talks', [0x94], ' ', [0x96], ' ', [0x80], '5'), 'Café “talks” – €5', 'windows-1252'],
    ['UTF-16 LE without BOM', new Uint8Array(Buffer.from('Talks in Genève resumed', 'utf16le')), 'Talks in Genève resumed', 'utf-16le'],
    ['UTF-16 BE without BOM', new Uint8Array(Buffer.from('Talks in Genève resumed', 'utf16le').swap16()), 'Talks in Genève resumed', 'utf-16be'],
    // An old Mac's text: its marks are capitals in Windows-1252 ("ChinaÕs"); a Spanish capital between capitals is not one.
    ['Mac Roman quotes and apostrophes', bytes('China', [0xd5], 's spokesman: ', [0xd2], 'We entered', [0xd3], ' ', [0xd1], ' he said'), 'China’s spokesman: “We entered” — he said', 'macintosh'],
    ['Windows-1252 capitals', bytes('LA NACI', [0xd3], 'N ', [0x96], ' ESPA', [0xd1], 'A'), 'LA NACIÓN – ESPAÑA', 'windows-1252'],
    ['a declared windows-1251 page', bytes('<html><head><meta charset="windows-1251"></head><body>', [0xcb, 0xe0, 0xe2, 0xf0, 0xee, 0xe2], '</body></html>'), '<html><head><meta charset="windows-1251"></head><body>Лавров</body></html>', 'windows-1251'],
  ])('%s', (_name, input, text, encoding) => expect(decodeBytes(input)).toEqual({ ok: true, text, encoding }))

  // A page saved in an East Asian encoding that says nothing of it: an English report under a Japanese, Korean or Chinese
  // site's bar, its quotation marks the encoding's own.
  it.each([
    ['shift_jis', '関東新報 English Edition ｜ ログイン ｜ 会員登録\n2019年1月15日\nJapan’s ambassador said “we had a frank discussion”.'],
    ['euc-jp', '関西新報 ホーム ＞ 国際\nSeoul’s envoy said the curbs were “retaliation”.'],
    ['euc-kr', '남산헤럴드 홈 ｜ 정치 ｜ 국제\nMoon said the summit was “a new start”.'],
    ['gb18030', '中国地平线日报 ｜ 国际 ｜ 中国和太平洋岛国的关系\nThe ministry said the pact was “open and transparent”.'],
    ['big5', '台北紀事報 ｜ 國際 ｜ 台灣與中美洲的外交關係\nThe ministry said the decision was “regrettable”.'],
  ])('undeclared %s', (encoding, text) => expect(decodeBytes(encodeWith(encoding, text))).toEqual({ ok: true, text, encoding }))
  // An English report that gives only names in Chinese characters, none of prose's commonest: the names tell the encoding.
  it.each([
    ['gb18030', 'Chinese Foreign Minister Qin Gang (秦刚) met Bilawal Bhutto Zardari (比拉瓦尔·布托·扎尔达里) and Sergey Lavrov (拉夫罗夫) in Goa; Jaishankar (苏杰生) spoke.'],
    ['big5', 'Ma Ying-jeou (馬英九) met Xi Jinping (習近平) in Singapore; Chen Yi-hsin (陳以信) and Zhang Zhijun (張志軍) briefed, and Tsai Ing-wen (蔡英文) objected.'],
  ])('undeclared %s with names only', (encoding, text) => expect(decodeBytes(encodeWith(encoding, text))).toEqual({ ok: true, text, encoding }))

  // A Turkish, Russian or Arabic page saved as text with no declaration: Windows-1252 would make "Çavuşoğlu" "Çavuþoðlu".
  it.each([
    ['windows-1254', 'Foreign Minister Mevlüt Çavuşoğlu flew on to France; Erdoğan spoke in İstanbul.'],
    ['koi8-u', 'Подписаться на рассылку | Новости\nThe Russian foreign ministry said it would expel 20 Czech diplomats.'],
    ['windows-1251', 'Подписаться на рассылку | Новости\nThe Russian foreign ministry said it would expel 20 Czech diplomats.'],
    ['windows-1256', 'النيل تربيون | الرئيسية | سياسة | اقتصاد | رياضة\nKHARTOUM – Two days of talks between Sudan and Ethiopia ended without a breakthrough.'],
    ['windows-874', 'Deputy Prime Minister Phumtham Wechayachai (ภูมิธรรม เวชยชัย) said the Ministry of Foreign Affairs (กระทรวงการต่างประเทศ) had not been told; Paetongtarn Shinawatra (แพทองธาร ชินวัตร) agreed.'],
  ])('undeclared %s', (encoding, text) => expect(decodeBytes(encodeOneByte(encoding, text))).toEqual({ ok: true, text, encoding }))
  // Central European names in an English report saved as text with no declaration: Windows-1252 would make "Łukasz Dvořák"
  // "£ukasz Dvoøák".
  it.each([
    ['Czech Environment Minister Anna Hubáčková met Deputy Minister Łukasz Dvořák; Jiří Kovářík and Zuzana Šimůnková spoke.'],
    ['Polish President Andrzej Duda said in Wrocław that Ewa Łętowska would lead the team; Peter Pellegrini spoke in Košice.'],
    // Bosnian and Romanian names: a word's last ć or ă, an opening Č, a ş inside a word.
    ['Presidency members Željko Komšić and Šefik Džaferović met Dragan Čović; Milorad Dodik stayed away.'],
    ['Prime Minister Nicolae Ciucă said in Bucureşti that Romania had met every condition.'],
  ])('undeclared windows-1250: %s', (text) => expect(decodeBytes(encodeOneByte('windows-1250', text))).toEqual({ ok: true, text, encoding: 'windows-1250' }))
  // A Nordic or Baltic paper saved in ISO-8859-15: Windows-1252 would make "€25" "¤25" and "Šlesers" "¦lesers".
  it.each([
    ['Lottery tickets from €25); the fine was 4.90 € a month.'],
    ['Ainars Šlesers met Žaneta Jaunzeme-Grende; the cœur of the matter.'],
  ])('undeclared iso-8859-15: %s', (text) => expect(decodeBytes(encodeOneByte('iso-8859-15', text))).toEqual({ ok: true, text, encoding: 'iso-8859-15' }))
  // Icelandic keeps its ð and þ beside á, í and ú; Western accents are no Cyrillic words.
  it.each([
    ['Þingvellir: forsætisráðherra sagði á fundinum að það væri rétt.'],
    ['Le président a été reçu à l’Élysée; señor Sánchez también.'],
    // Italian and French graves end their words; Danish ø stands before consonants; a pound sign before figures.
    ['Lunedì il ministro ha detto più volte però che così non va; où est la Défense? à bientôt.'],
    ['Søren Kierkegaard og Bjørn Lomborg i København; the deal cost £50m, or ¾ of the budget.'],
    // A half after a figure, with no euro sign, is no sign of ISO-8859-15.
    ['The convoy waited 2½hours at the crossing, 1¼km from the border.'],
  ])('%s stays Windows-1252', (text) =>
    expect(decodeBytes(encodeOneByte('windows-1252', text))).toEqual({ ok: true, text, encoding: 'windows-1252' }))

  it('refuses binary content', () => {
    expect(decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({ ok: false, reason: 'not text (binary)' })
    expect(looksBinary(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 5 === 0 ? 0x07 : 0x41))))).toBe(true)
    expect(looksBinary(new Uint8Array(Buffer.from('plain\ttext\r\n')))).toBe(false)
    // 16-bit little-endian numbers have a NUL in every other byte too, but are not UTF-16 text.
    const samples = new Uint8Array(Uint16Array.from({ length: 200 }, (_, i) => (i * 7) % 31 + 1).buffer)
    expect(decodeBytes(samples)).toEqual({ ok: false, reason: 'not text (binary)' })
  })

  it('does not cut a UTF-8 character in half when the read was truncated', () => {
    const full = Buffer.from('talks in Zürich')
    const cut = new Uint8Array(full.subarray(0, full.indexOf(0xbc)))
    expect(decodeBytes(cut, true)).toEqual({ ok: true, text: 'talks in Z', encoding: 'utf-8' })
  })
})

describe('normalizeText', () => {
  it('normalises line ends, spaces and composed characters without touching words', () => {
    expect(normalizeText('Gene\u0300ve\r\nline\u00a0two\u2028three\u200b  \r\n\u00adend\u0007')).toBe('Genève\nline two\nthree\nend')
    expect(normalizeText('مذاکرات\u200c وین')).toBe('مذاکرات\u200c وین')
  })
  it('rewrites as the plain chain of replacements does, on random text', () => {
    const chain = (text: string): string =>
      text
        .normalize('NFC')
        .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
        .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
        .replace(/[\u200b\u2060\ufeff\u00ad\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
        .replace(/ +\n/g, '\n')
    const alphabet = ['a', 'e\u0301', ' ', '\n', '\r', '\r\n', '\t', '\u00a0', '\u2028', '\u0085', '\u200b', '\u00ad', '\u0007', '\u200c', 'ж']
    let state = 9
    for (let round = 0; round < 3000; round++) {
      let text = ''
      for (let k = 0; k < 12; k++) text += alphabet[((state = (state * 1103515245 + 12345) % 2 ** 31) >> 8) % alphabet.length]
      expect(normalizeText(text)).toBe(chain(text))
    }
  })
})
