// A news page as browsers save it: menus, share bars, a figure, related links, a newsletter box and a
// comment form around three paragraphs of news. Only the news may reach `text`.
import { describe, expect, it } from 'vitest'
import { classifyLines } from './clean'
import { buildDocument } from './document'
import { parseHtml } from './formats/html'

const PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>EU says Iran nuclear talks to resume Nov 29 | The Example Herald</title>
<meta property="og:title" content="EU says Iran nuclear talks to resume Nov 29">
<meta property="og:site_name" content="The Example Herald">
<link rel="canonical" href="https://herald.example/world/2021/11/03/iran-talks">
<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"NewsArticle","headline":"EU says Iran nuclear talks to resume Nov 29","datePublished":"2021-11-03T18:20:00+01:00","publisher":{"@type":"NewsMediaOrganization","name":"The Example Herald"}}]</script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<main><article>
<h1>EU says Iran nuclear talks to resume Nov 29</h1>
<div class="byline">By Jane Doe, Diplomatic Correspondent</div>
<time datetime="2021-11-03T18:20:00+01:00">3 November 2021</time>
<div class="share"><a>Share on Facebook</a> <a>Share on Twitter</a></div>
<figure><img src="vienna.jpg" alt=""><figcaption>Negotiators in Vienna in June. Photo: Reuters</figcaption></figure>
<p>Nuclear talks between world powers and Iran will resume in Vienna on November 29, the European Union said in a statement on Wednesday.</p>
<p>"The Joint Commission will convene in a physical format on 29 November in Vienna," the European External Action Service said.</p>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Iran's new president takes office</a></li></ul></aside>
<p>Iran's chief negotiator Ali Bagheri said on Twitter that the date had been agreed in a phone call with the EU's Enrique Mora.</p>
<div class="newsletter">Sign up for our daily newsletter and get the news delivered to your inbox.</div>
</article>
<section id="comments"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p></section>
</main>
<footer><p>© 2021 The Example Herald. All rights reserved.</p></footer>
</body></html>`

describe('parseHtml on a saved news page', () => {
  it('reads the metadata and keeps exactly the news paragraphs', () => {
    const result = parseHtml('page.html', PAGE)
    if ('error' in result) throw new Error(result.error)
    const [article] = result.articles
    expect(article).toMatchObject({ title: 'EU says Iran nuclear talks to resume Nov 29', outlet: 'The Example Herald', url: 'https://herald.example/world/2021/11/03/iran-talks', published: '2021-11-03' })
    const cleaned = classifyLines(article.lines, article.title, { repeated: new Set() })
    expect(cleaned.text.split('\n\n')).toEqual([
      'Nuclear talks between world powers and Iran will resume in Vienna on November 29, the European Union said in a statement on Wednesday.',
      '"The Joint Commission will convene in a physical format on 29 November in Vienna," the European External Action Service said.',
      "Iran's chief negotiator Ali Bagheri said on Twitter that the date had been agreed in a phone call with the EU's Enrique Mora.",
    ])
    expect(cleaned.furniture).toContain('Negotiators in Vienna in June. Photo: Reuters')
  })

  it.each([
    ['<meta name="OriginalPublicationDate" content="2018/07/08 10:31:52">', ''],
    ['', '<div class="date date--v2" data-seconds="1531045912" data-datetime="8 July 2018">8 July 2018</div>'],
  ])('reads the date a page keeps in %s%s', (head, body) => {
    const page = `<html><head>${head}<title>Ethiopia's Abiy and Eritrea's Isaias in historic meeting - BBC News</title></head><body><article>${body}<p>Ethiopia's Prime Minister Abiy Ahmed has arrived in Eritrea for a historic meeting with President Isaias Afwerki, officials said.</p></article></body></html>`
    const result = parseHtml('bbc.html', page)
    if ('error' in result) throw new Error(result.error)
    expect(result.articles[0].published).toBe('2018-07-08')
  })

  it('never lets markup or script through, even from a hostile page', () => {
    const hostile = `<html><body><article><p>Officials met in Geneva on Friday and agreed to continue the talks next week, a spokesman said after the meeting.</p><p><img src=x onerror="alert(1)"><script>alert(2)</script>&lt;script&gt;alert(3)&lt;/script&gt; The talks lasted ninety minutes and ended without a breakthrough, the two ministers told reporters.</p></article></body></html>`
    const result = parseHtml('hostile.html', hostile)
    if ('error' in result) throw new Error(result.error)
    const text = result.articles[0].lines.map((l) => l.text).join('\n')
    expect(text).not.toMatch(/onerror|alert\(2\)|<img/)
    // Escaped markup in the page is the page's text, and stays text.
    expect(text).toContain('<script>alert(3)</script> The talks lasted ninety minutes')
  })

  it('reads a page whose structured data holds a list longer than a call takes arguments', () => {
    const graph = JSON.stringify({ '@graph': [...Array.from({ length: 200_000 }, (_, k) => ({ '@type': 'Thing', name: `n${k}` })), { '@type': 'NewsArticle', headline: 'Talks in Geneva', datePublished: '2022-01-21' }] })
    const page = `<html><head><script type="application/ld+json">${graph}</script></head><body><article><p>Officials met in Geneva on Friday and agreed to continue the talks next week, a spokesman said.</p></article></body></html>`
    const result = parseHtml('graph.html', page)
    if ('error' in result) throw new Error(result.error)
    expect(result.articles[0].lines.map((l) => l.text)).toContain('Officials met in Geneva on Friday and agreed to continue the talks next week, a spokesman said.')
    expect(result.articles[0].published).toBe('2022-01-21')
  })

  it.each([200, 50000])('reads a page nested %i deep in well under a second', (depth) => {
    const deep = `<html><body>${'<div>'.repeat(depth)}<p>Officials met in Geneva on Friday &amp; agreed to continue the talks next week&#8230; a spokesman said &#99999999;</p>${'</div>'.repeat(depth)}</body></html>`
    const started = performance.now()
    const result = parseHtml('deep.html', deep)
    if ('error' in result) throw new Error(result.error)
    expect(result.articles[0].lines.map((l) => l.text)).toEqual(['Officials met in Geneva on Friday & agreed to continue the talks next week… a spokesman said \ufffd'])
    expect(performance.now() - started).toBeLessThan(3000)
  })

  it('reads a deep page’s named entities as the letters they name, capital or small ("&Eacute;lys&eacute;e &AMP; Co")', () => {
    const deep = `<html><body>${'<div>'.repeat(50000)}<p>Talks at the &Eacute;lys&eacute;e &AMP; Matignon ended on Friday &middot; officials said.</p>${'</div>'.repeat(50000)}</body></html>`
    const result = parseHtml('deep.html', deep)
    if ('error' in result) throw new Error(result.error)
    expect(result.articles[0].lines.map((l) => l.text)).toEqual(['Talks at the Élysée & Matignon ended on Friday · officials said.'])
  })

  it('reads a date line the page prints above its headline, outside the article', () => {
    const page = '<html><head><title>e-Paper</title></head><body><div id="nav"><a href="/">Home</a></div><div class="epaper-head">e-Paper 2016年5月28日（土） 朝刊 1面 | Saturday, May 28, 2016 Morning edition, Page 1</div><div class="epaper-text"><h1>Obama in Hiroshima</h1><p>HIROSHIMA - President Barack Obama on Friday became the first sitting US president to visit Hiroshima, laying a wreath at the cenotaph for the victims of the atomic bombing and calling for a world without nuclear weapons.</p><p>Obama said the memory of the morning of August 6, 1945 must never fade, officials said.</p></div></body></html>'
    const result = parseHtml('epaper.html', page)
    if ('error' in result) throw new Error(result.error)
    expect(result.articles[0].published).toBe('2016-05-28')
  })
  it('reads the date a post prints under its headline, in its header, outside the article', () => {
    const page = '<html><head><title>Wang Yi in Honiara - The Reef Line</title></head><body><article class="post"><h1 class="post-title">Wang Yi in Honiara</h1><h3>Watch Fiji on Monday.</h3><div class="post-meta"><a href="/people/lo">Leilani Osborne</a> <span class="date">May 27, 2022</span></div><div class="body markup"><p>Wang Yi’s plane touched down in Honiara on Thursday, the first stop of a ten-day tour that will take China’s foreign minister to eight Pacific island countries, officials said.</p><p>The related story of April 19, 2022 is not the date.</p></div></article></body></html>'
    const result = parseHtml('post.html', page)
    if ('error' in result) throw new Error(result.error)
    expect(result.articles[0].published).toBe('2022-05-27')
  })
  it('reads the labelled date an old table layout prints under its headline, which is no h1', () => {
    const page = '<html><head><title>Merlion Evening News</title></head><body><table><tr><td width="150"><font size="2"><a href="/">Home</a></font><br><font size="1">Updated daily since 1998 | 1 January 1999</font></td><td width="630"><font size="5"><b>"We are one family": Xi and Ma shake hands in Singapore</b></font><br><font size="1">Published 7 November 2015, 10:42 PM &nbsp;|&nbsp; By Tan Wei Ling, Senior Correspondent</font><br><font size="3"><p>THE leaders of China and Taiwan shook hands in a Singapore hotel this afternoon, ending 66 years of estrangement at the top with a gesture that lasted well over a minute as hundreds of cameras flashed.</p><p>Mr Ma set out a five-point proposal, officials said.</p></font></td></tr></table></body></html>'
    const result = parseHtml('table.html', page)
    if ('error' in result) throw new Error(result.error)
    expect(result.articles[0].published).toBe('2015-11-07')
  })
  it('reads the date in a reader view’s credits, its parts between entities ("Daniel Kessler &middot; ... &middot; April 6, 2001")', () => {
    const page = '<html><head><title>Regret, sorry, apology</title></head><body><div class="header reader-header"><h1 class="reader-title">Regret, sorry, apology</h1><div class="credits reader-credits">Daniel Kessler &middot; Asia-Pacific Strategic Review &middot; April 6, 2001</div></div><hr><div class="content"><div class="moz-reader-content"><p>Washington and Beijing spent the first days of the Hainan standoff talking past each other, and by the end of this week they were arguing about a single word, officials said.</p><p>On Wednesday, Secretary of State Colin Powell became the first senior American official to express regret in public for the loss of the Chinese pilot.</p></div></div></body></html>'
    const result = parseHtml('reader.html', page)
    if ('error' in result) throw new Error(result.error)
    expect(result.articles[0].published).toBe('2001-04-06')
  })
  it('reads a page the Wayback Machine captured without the archive’s toolbar and its capture dates', () => {
    const page = [
      '<html><head><script>__wm.wombat("https://www.recap.example/news/moon-kim","20180601023310","https://web.archive.org/","web","/_static/");</script></head><body>',
      '<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id="wm-ipp"><a href="/web/">Wayback Machine</a><div>4 captures</div><div>01 Jun 2018 - 17 Nov 2021</div></div><!-- END WAYBACK TOOLBAR INSERT -->',
      '<article><h1>Moon and Kim meet again</h1><p>Moon Jae-in and Kim Jong-un met again at Panmunjom on Saturday, this time on the northern side of the border and with no cameras, in a hastily arranged effort to put the summit back on track, officials said.</p></article></body></html>',
    ].join('\n')
    const result = parseHtml('capture.html', page)
    if ('error' in result) throw new Error(result.error)
    expect(result.articles[0]).toMatchObject({ published: null, url: 'https://www.recap.example/news/moon-kim' })
    expect(result.articles[0].lines.map((l) => l.text).join(' ')).not.toMatch(/captures|Wayback/)
  })
  it('takes the outlet from the page title when no metadata names it', () => {
    const bare = PAGE.replace(/<meta property="og:site_name"[^>]*>/, '').replace(/<script type="application\/ld\+json">.*?<\/script>/s, '')
    const site = (title: string): string | null => {
      const result = parseHtml('page.html', bare.replace(/<title>.*<\/title>/, `<title>${title}</title>`))
      if ('error' in result) throw new Error(result.error)
      return result.articles[0].outlet
    }
    expect(site('Saudi Arabia and Iran agree to restore ties | News | Al Jazeera')).toBe('Al Jazeera')
    // A dash may be part of a headline ("Grain Ports - Turkey"); a long last part is not a site's name.
    expect(site('Ukraine, Russia to Sign Deal to Reopen Grain Ports - Turkey')).toBeNull()
    expect(site('News | Ukraine and Russia say the talks went on for a long time today')).toBeNull()
  })
  it('reads the date a page prints in its byline, and takes its last change for a bound, not its publication', () => {
    const page = `<html><head><meta charset="UTF-8"><meta property="article:modified_time" content="2020-02-28T06:30:00+03:00"></head><body><article>
<h1>Ethiopia pulls out of final round of US-hosted dam talks</h1>
<p class="dateline">Thursday, February 27, 2020 | By Hirut Alemu</p>
<p>ADDIS ABABA — Ethiopia will not take part in the talks on the Grand Ethiopian Renaissance Dam that were due to open in Washington on Thursday, the government said, dealing a blow to US hopes of concluding an agreement this month.</p>
<p>The Ministry of Water, Irrigation and Energy said on Wednesday that Ethiopia had informed the US Treasury that it needed more time to finish consultations with stakeholders at home.</p>
</article></body></html>`
    const result = parseHtml('horn.html', page)
    if ('error' in result) throw new Error(result.error)
    const [article] = result.articles
    expect(article).toMatchObject({ published: '2020-02-27', updated: '2020-02-28' })
    const cleaned = classifyLines(article.lines, article.title, { repeated: new Set() })
    expect(cleaned.printedDate).toBe('2020-02-27')
    expect(cleaned.text).toMatch(/^ADDIS ABABA/)
    // The last change bounds the publication in place of the file's time on this disk.
    expect(buildDocument(article, { repeated: new Set() }, '2026-12-04').fileDate).toBe('2020-02-28')
  })

  it('says so when a page holds no text', () => {
    expect(parseHtml('empty.html', '<html><head><title>x</title></head><body><script>var a = 1</script></body></html>')).toEqual({ error: 'no article text in the page' })
  })
})

describe("a page that shows its story's start and holds the whole in its data", () => {
  const paragraphs = [
    'The United States and Canada reached a deal late Sunday night that keeps Canada in a revamped North American trade pact with Mexico.',
    'The agreement, struck shortly before a midnight deadline, will be called the United States-Mexico-Canada Agreement, or USMCA.',
    'Canada agreed to open about 3.5 percent of its dairy market to American producers, officials said on Monday.',
    'The steel and aluminium tariffs the United States imposed in June stay in place, and talks on them will go on separately.',
  ]
  const page = (body: string) => `<!DOCTYPE html><html><head><title>USMCA | Capitol Commerce Review</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Canada joins", "datePublished": "2018-10-01T08:05:00-04:00", "articleBody": ${JSON.stringify(body)}}</script></head>
<body><article><h1>Canada joins</h1><p class="standfirst">A Sunday-night agreement keeps the bloc intact.</p><p>${paragraphs[0]}</p><p>${paragraphs[1]}</p>
<div class="paywall">Subscribe to continue reading.</div></article></body></html>`

  it('reads the whole body behind a paywall script from the JSON-LD articleBody, the standfirst kept above it', () => {
    const result = parseHtml('usmca.html', page(paragraphs.join('\n\n')))
    if ('error' in result) throw new Error(result.error)
    const text = result.articles[0].lines.map((l) => l.text).join('\n')
    for (const p of paragraphs) expect(text).toContain(p)
    expect(text.indexOf('A Sunday-night agreement')).toBeLessThan(text.indexOf(paragraphs[0]))
    expect(text.match(/keeps Canada in a revamped/g)).toHaveLength(1)
  })

  it("keeps the page's own text when its data's body is another text or no longer", () => {
    for (const body of ['An unrelated summary of another story that is much longer than the page. '.repeat(10), paragraphs.slice(0, 2).join('\n\n')]) {
      const result = parseHtml('usmca.html', page(body))
      if ('error' in result) throw new Error(result.error)
      const text = result.articles[0].lines.map((l) => l.text).join('\n')
      expect(text).toContain(paragraphs[0])
      expect(text).not.toContain(paragraphs[2])
      expect(text).not.toContain('unrelated summary')
    }
  })
})
