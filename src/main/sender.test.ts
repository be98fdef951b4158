import { describe, expect, it } from 'vitest'
import { APP_ORIGIN, isTrustedUrl, trustedOrigins } from './sender'

describe('isTrustedUrl', () => {
  const prod = trustedOrigins(undefined)
  const dev = trustedOrigins('http://localhost:5173/')
  const cases: [string | undefined, readonly string[], boolean][] = [
    ['app://app/index.html', prod, true],
    ['app://app/', prod, true],
    ['app://evil/index.html', prod, false],
    ['app://app.evil.com/', prod, false],
    ['file:///home/u/index.html', prod, false],
    ['https://example.org/', prod, false],
    ['http://localhost:5173/', prod, false],
    ['http://localhost:5173/index.html', dev, true],
    ['http://localhost:5174/', dev, false],
    ['http://localhost:5173.evil.com/', dev, false],
    ['about:blank', prod, false],
    ['', prod, false],
    [undefined, prod, false],
  ]
  it.each(cases)('%s', (url, origins, expected) => {
    expect(isTrustedUrl(url, origins)).toBe(expected)
  })

  it('always trusts the app origin', () => {
    expect(trustedOrigins('not a url')).toEqual([APP_ORIGIN])
  })
})
