// A folder of articles written to attack the reader: markup, script, event handlers and javascript: links in
// text, titles and HTML pages, bidirectional overrides, control characters and a 1 MB single line. Every
// article carries a plain statement, so the timeline has items made from each.
import { writeFiles } from './folders'

const PWN = 'window.__pwned=1'
export const SCRIPT = `<script>${PWN}</script>`
export const IMG = `<img src=x onerror="${PWN}">`
export const RLO = '\u202E'

const statement = (extra = '') => `"We will not accept this${extra}," Foreign Minister John Smith said on Monday.`

export const HOSTILE_FILES: Record<string, string> = {
  // Markup typed into a plain-text report, inside the quoted statement itself.
  'script.txt': [
    'Smith rejects the proposal',
    'January 10, 2022',
    '',
    `"We will not accept ${SCRIPT} this," Foreign Minister John Smith said on Monday.`,
    '',
    `Officials said the draft was ${IMG} unacceptable.`,
  ].join('\n'),
  'image.txt': [
    'Smith speaks in Geneva',
    'January 11, 2022',
    '',
    `"We will not accept ${IMG} any ultimatum," Defence Minister Maria Rossi said on Tuesday.`,
    '',
    'Click <a href="javascript:window.__pwned=1">here</a> for more.',
  ].join('\n'),
  // Markdown: HTML in the title, a javascript: URL as the source address and as a link.
  'title.md': [
    '---',
    `title: <b>bold</b>${SCRIPT}`,
    'date: 2022-01-12',
    'source: <i>Outlet</i>',
    `url: javascript:${PWN}`,
    '---',
    '',
    statement(),
    '',
    `[read more](javascript:${PWN}) and <iframe src="https://evil.example/frame"></iframe>`,
  ].join('\n'),
  // A saved page with scripts, handlers, remote resources, and escaped markup in its text.
  'page.html': `<!doctype html>
<html><head>
<title>Smith &lt;script&gt; page</title>
<meta property="og:title" content="&lt;img src=x onerror=&quot;${PWN}&quot;&gt; Smith says no">
<meta property="article:published_time" content="2022-01-13T09:00:00Z">
<link rel="stylesheet" href="https://evil.example/style.css">
<script>${PWN}</script>
<script src="https://evil.example/tracker.js"></script>
</head>
<body onload="${PWN}">
<article>
<h1 onclick="${PWN}">Smith says no</h1>
<p>${statement()}</p>
<p>"We will not accept &lt;script&gt;${PWN}&lt;/script&gt; either," Foreign Minister John Smith said on Thursday.</p>
<p>Diplomats met in Geneva <img src="https://evil.example/pixel.gif" onerror="${PWN}"> for talks that lasted several hours, and officials from both sides described them as difficult but necessary.</p>
<p><a href="javascript:${PWN}" onmouseover="${PWN}">Click for more</a> about the negotiations between the two delegations on Thursday.</p>
<iframe src="https://evil.example/embed"></iframe>
<svg onload="${PWN}"><script>${PWN}</script></svg>
</article>
</body></html>`,
  // Right-to-left overrides and control characters in the text.
  'bidi.txt': [
    `Smith ${RLO}txet desrever${'\u202C'} talks`,
    'January 14, 2022',
    '',
    `"We will not accept this ${RLO}cod.exe${'\u202C'} plan," Foreign Minister John Smith said on Friday.`,
    '',
    'The bell \u0007 rang and \u001b[31mred\u001b[0m text \u0008 followed.',
  ].join('\n'),
}

/** About 1 MB on one line, the statement first. */
export function longLine(): string {
  const filler = ' Negotiators met again in Geneva to discuss the draft.'
  return 'Smith in Geneva\nJanuary 15, 2022\n\n' + statement() + filler.repeat(Math.ceil((1024 * 1024) / filler.length)) + '\n'
}

/** File names are shown too (sources, reader, skipped files): markup in names, one read and one skipped. */
export const HOSTILE_NAMES = {
  article: `<img src=x onerror=${PWN}>.txt`,
  skipped: `<svg onload=${PWN}>.xyz`,
}

export async function writeHostileFolder(dir: string): Promise<void> {
  await writeFiles(dir, {
    ...HOSTILE_FILES,
    'long.txt': longLine(),
    [HOSTILE_NAMES.article]: ['Smith in Warsaw', 'January 16, 2022', '', '"We will not accept this," Foreign Minister John Smith said on Sunday.'].join('\n'),
    [HOSTILE_NAMES.skipped]: 'not an article',
  })
}
