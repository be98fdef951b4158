// News folders repeat sentences: wire copy run by several outlets, a headline repeated above the body.
// The pure per-sentence steps of extraction read each distinct text once; the memo is bounded, since a
// long session opens folder after folder.

/** `fn` remembered by its argument: `fn` must be pure and its answers never changed by callers. */
export function memoByText<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const known = new Map<string, T>()
  return (text: string): T => {
    const found = known.get(text)
    if (found !== undefined || known.has(text)) return found as T
    const value = fn(text)
    if (known.size >= limit) known.clear()
    known.set(text, value)
    return value
  }
}
