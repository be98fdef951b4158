// The ` date YYYY-MM-DD` line a reader sets above a saved file dates it, whatever the format beneath.
import { describe, expect, it } from 'vitest'
import { loadFiles } from './fixtures/folder'

const PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The letter from Cambodia's ambassador | Visayan Policy Weekly</title></head>
<body><article><h1>The letter from Cambodia's ambassador</h1>
<p>Cambodia's ambassador in Manila wrote to the newspaper in a letter dated July 30, rejecting the charge that Phnom Penh had blocked the communique.</p>
<p>The foreign ministry said last week that the six principles agreed on July 20 had settled the matter.</p></article></body></html>`

describe('a date line above a file of another format', () => {
  it("dates a saved page by it, and reads the page beneath as a page", async () => {
    const folder = await loadFiles({ 'visayan.html': ` date 2012-08-06\n${PAGE}`, 'saved.txt': ` date 2012-08-07\n${PAGE}` })
    for (const [file, day] of [['visayan.html', '2012-08-06'], ['saved.txt', '2012-08-07']]) {
      const doc = folder.doc(file)
      expect(doc.published).toBe(day)
      expect(doc.title).toBe("The letter from Cambodia's ambassador")
      expect(doc.text).not.toMatch(/date 2012|DOCTYPE|<p>/)
      expect(doc.text).toContain('rejecting the charge')
    }
  })
})
