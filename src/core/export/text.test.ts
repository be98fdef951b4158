import { Resvg } from '@resvg/resvg-js'
import { describe, expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import { cleanText, coveredByMetrics, escapeXml, FONTS, measureText, truncate, type FontName } from './text'

describe('cleanText', () => {
  it.each([
    ['bidi overrides are removed', 'Lavrov \u202Eevil\u202C said', 'Lavrov evil said'],
    ['isolates and marks are removed', '\u2066a\u2069 \u200Fb', 'a b'],
    ['control characters are removed', 'a\u0000b\u0007c\u009Fd', 'abcd'],
    ['whitespace collapses to one line', '  Peskov\n\tsaid\r\n  ', 'Peskov said'],
    ['lone surrogates become U+FFFD', 'x\uD800y', 'x\uFFFDy'],
    ['a surrogate pair is kept', 'flag 😀', 'flag 😀'],
    ['Cyrillic and Arabic letters are kept', 'Сергей Лавров، لافروف', 'Сергей Лавров، لافروف'],
    ['null is empty', null, ''],
  ])('%s', (_, input, expected) => {
    expect(cleanText(input)).toBe(expected)
  })
})

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<script>"a" & 'b'</script>`)).toBe('&lt;script&gt;&quot;a&quot; &amp; &apos;b&apos;&lt;/script&gt;')
  })
})

const FONT_FILES: Record<FontName, { family: string; files: string[] }> = {
  liberation: { family: 'Liberation Sans', files: ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'] },
  dejavu: { family: 'DejaVu Sans', files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'] },
}

describe('measureText', () => {
  // The layout's only defence against overlapping labels is that these widths match what resvg draws.
  const samples = [
    ['Sergey Lavrov: main negotiations with the US will take place [1, 2, 3]', false],
    ['Dmitry Peskov: the NATO-Russia Council meeting will take place', true],
    ['Сергей Лавров: «переговоры» — после праздников', false],
    ['WWWWWWWWWW iiiiiiiiii 0123456789', true],
  ] as const
  const cases = (['liberation', 'dejavu'] as const).flatMap((face) => samples.map(([sample, bold]) => [face, sample, bold] as const))
  it.for(cases)('%s matches resvg within 2%% for %j', ([face, sample, bold], ctx) => {
    const { family, files } = FONT_FILES[face]
    if (!files.every((file) => existsSync(file))) ctx.skip(`${family} is not installed: no reference font to compare the metrics with`)
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="60"><text x="0" y="40" font-family="${family}" font-size="15"${bold ? ' font-weight="bold"' : ''}>${escapeXml(sample)}</text></svg>`
    const box = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: family } }).getBBox()
    expect(box).toBeDefined()
    const measured = measureText(sample, { size: 15, bold }, FONTS[face])
    // The bounding box leaves out the side bearings of the first and last glyph: measured is slightly wider.
    expect(measured).toBeGreaterThanOrEqual(box?.width ?? Infinity)
    expect((measured - (box?.width ?? 0)) / measured).toBeLessThan(0.02)
  })

  it('over-estimates characters it has no metrics for', () => {
    expect(measureText('中文标题', { size: 10 })).toBe(40)
  })

  it('knows which text its font can draw', () => {
    expect(coveredByMetrics('Лавров: “talks” — 10 €')).toBe(true)
    expect(coveredByMetrics('谈判')).toBe(false)
  })
})

describe('truncate', () => {
  const font = { size: 15 }
  it('keeps text that fits', () => {
    expect(truncate('Peskov confirms', 500, font)).toBe('Peskov confirms')
  })
  it('cuts at a word and adds an ellipsis, within the width', () => {
    const long = 'Lavrov: main negotiations with the United States will take place immediately after the New Year holidays end'
    const cut = truncate(long, 300, font)
    expect(cut.endsWith('…')).toBe(true)
    expect(measureText(cut, font)).toBeLessThanOrEqual(300)
    expect(long.startsWith(cut.slice(0, -1))).toBe(true)
    expect(cut.slice(0, -1).endsWith(' ')).toBe(false)
  })
  it('never splits a surrogate pair', () => {
    const cut = truncate('😀'.repeat(50), 100, font)
    expect(cut).toMatch(/^(😀)*…$/u)
  })
})
