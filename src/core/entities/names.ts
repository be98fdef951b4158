// Normalised keys for names, so that transliteration and spelling variants meet: Sergey/Sergei,
// Dmitry/Dmitri, Antony/Anthony, Al-Zayani/Al Zayani, António/Antonio, Nato/NATO, Co-operation/Cooperation.

/** The lowercase Arabic articles a name may carry before a capital: "Majed al-Ansari", "Nasser ad-Din". */
export const ARABIC_ARTICLE = '(?:al|el|ad|ar|as|ash|at|az|ul|ud)-'

// Not inline: a build for Node compiles an inline /\p{..}/u into `new RegExp(...)` on every call.
const MARKS = /\p{M}/gu

export function foldAccents(s: string): string {
  return s.normalize('NFD').replace(MARKS, '')
}

/** One word's key: transliteration variants folded (Sergey/Sergei, Zelenskiy/Zelenskyy, Antony/Anthony). */
export function tokenKey(token: string): string {
  return token
    .replace(/th/g, 't')
    .replace(/ph/g, 'f')
    .replace(/(?:iy|yy|yi|ey|ei|y)$/, 'i')
    .replace(/ou/g, 'u')
    .replace(/(.)\1/g, '$1')
}

const KEYS = new Map<string, string>()

export function nameKey(name: string): string {
  let key = KEYS.get(name)
  if (key === undefined) {
    key = computeKey(name)
    // A bounded memo: names repeat across a story's articles, and any text can hold new ones.
    if (KEYS.size > 50_000) KEYS.clear()
    KEYS.set(name, key)
  }
  return key
}

function computeKey(name: string): string {
  return foldAccents(name)
    .toLowerCase()
    .replace(/[’'`]s\b/g, '')
    .replace(/co-op/g, 'coop')
    .replace(/organisation/g, 'organization')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((t) => t && t !== 'al' && t !== 'el' && t !== 'bin' && t !== 'ibn')
    .map(tokenKey)
    .join(' ')
}

/** Jaro-Winkler similarity, used only between names that already share a surname. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1
  const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1)
  const aMatch = new Array<boolean>(a.length).fill(false)
  const bMatch = new Array<boolean>(b.length).fill(false)
  let matches = 0
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - range); j < Math.min(b.length, i + range + 1); j++) {
      if (bMatch[j] || a[i] !== b[j]) continue
      aMatch[i] = bMatch[j] = true
      matches++
      break
    }
  }
  if (!matches) return 0
  let t = 0
  let k = 0
  for (let i = 0; i < a.length; i++) {
    if (!aMatch[i]) continue
    while (!bMatch[k]) k++
    if (a[i] !== b[k]) t++
    k++
  }
  const jaro = (matches / a.length + matches / b.length + (matches - t / 2) / matches) / 3
  let prefix = 0
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++
  return jaro + prefix * 0.1 * (1 - jaro)
}
