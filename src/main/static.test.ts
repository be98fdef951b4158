import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, mimeType, staticPath } from './static'

const root = '/app/out/renderer'

describe('staticPath', () => {
  it.each([
    ['/', join(root, 'index.html')],
    ['/index.html', join(root, 'index.html')],
    ['/assets/index-abc.js', join(root, 'assets/index-abc.js')],
    ['/assets/a%20b.css', join(root, 'assets/a b.css')],
    // Traversal attempts stay inside the root or are refused.
    ['/../secret', join(root, 'secret')],
    ['/..%2f..%2fetc%2fpasswd', join(root, 'etc/passwd')],
    ['/assets/..%5c..%5csecret', null],
    ['/%00', null],
    ['/%E0%A4%A', null],
  ])('%s', (url, expected) => {
    expect(staticPath(root, url)).toBe(expected)
  })
})

describe('mimeType', () => {
  it('knows the renderer build types and falls back to octet-stream', () => {
    expect(mimeType('a.js')).toMatch(/^text\/javascript/)
    expect(mimeType('a.css')).toMatch(/^text\/css/)
    expect(mimeType('a.woff2')).toBe('font/woff2')
    expect(mimeType('a.exe')).toBe('application/octet-stream')
  })
})

describe('CONTENT_SECURITY_POLICY', () => {
  it('has the directives the app relies on', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]))
    expect(directives).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
    })
  })
})
