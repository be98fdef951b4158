// Answers worked out once per distinct question: news folders repeat sentences (wire copy run by several
// outlets, a headline above the body), and extraction and merging ask about the same sentences, names,
// dates and wordings over and over. Bounded, as the process lives long: past the limit the memory starts
// afresh. The computation must be pure and its answers must not be mutated by callers.

export function memo<T>(compute: (key: string) => T, limit = 50_000): (key: string) => T {
  const known = new Map<string, T>()
  return (key) => {
    let value = known.get(key)
    if (value === undefined) {
      if (known.size >= limit) known.clear()
      value = compute(key)
      known.set(key, value)
    }
    return value
  }
}

/** memo for a question about two strings. */
export function pairMemo<T>(compute: (a: string, b: string) => T, limit = 50_000): (a: string, b: string) => T {
  const known = new Map<string, Map<string, T>>()
  let size = 0
  return (a, b) => {
    let value = known.get(a)?.get(b)
    if (value === undefined) {
      if (size >= limit) known.clear(), (size = 0)
      value = compute(a, b)
      const row = known.get(a) ?? known.set(a, new Map()).get(a)!
      row.set(b, value)
      size++
    }
    return value
  }
}
