// An Org-mode note a reader captured an article into: its keywords and properties drawer furniture (the page's address
// read from it), its markup off the words, a caption furniture, and the capture's day a bound, never the article's date.
import { describe, expect, it } from 'vitest'
import { loadFiles } from './fixtures/folder'

const NOTE = `#+TITLE: Ceasefire talks resume in Doha
#+DATE: [2024-03-15 Fri 09:12]
#+FILETAGS: :mideast:gaza:
* Ceasefire talks resume in Doha                                   :mideast:
:PROPERTIES:
:URL: https://www.harbourledger.example/2024/03/12/doha-talks
:CAPTURED: [2024-03-14 Thu 22:40]
:END:

DOHA, 12 March — Negotiators from both sides met on /Tuesday/ for the first
time in three weeks, according to [[https://example.org/statement][a statement]] from the mediators.[fn:1]

#+CAPTION: Delegates arrive at the talks. Photo: Staff
[[file:delegates.jpg]]

#+BEGIN_QUOTE
“We are encouraged,” the envoy said.
#+END_QUOTE

- The next round is scheduled for *12 April* in Cairo.

# my own note: check the figures
`

describe('Org-mode notes', () => {
  it("reads a captured article's words without their markup, its title and address from the note, the capture a bound", async () => {
    const doc = (await loadFiles({ 'doha.org': NOTE })).doc('doha.org')
    expect(doc.title).toBe('Ceasefire talks resume in Doha')
    expect(doc.url).toBe('https://www.harbourledger.example/2024/03/12/doha-talks')
    expect(doc.text).toContain('DOHA, 12 March — Negotiators from both sides met on Tuesday for the first time in three weeks, according to a statement from the mediators.')
    expect(doc.text).toContain('“We are encouraged,” the envoy said.')
    expect(doc.text).toContain('The next round is scheduled for 12 April in Cairo.')
    expect(doc.text).not.toMatch(/#\+|:PROPERTIES:|:END:|\[\[|\[fn:|my own note|mideast/)
    expect(doc.furniture).toContain('Delegates arrive at the talks. Photo: Staff')
    expect(doc.published).toBeNull()
    expect(doc.fileDate).toBe('2024-03-14')
  })

  it("takes a :PUBLISHED: property for the article's date", async () => {
    const doc = (await loadFiles({ 'doha.org': NOTE.replace(':END:', ':PUBLISHED: 2024-03-12\n:END:') })).doc('doha.org')
    expect(doc.published).toBe('2024-03-12')
  })
})
