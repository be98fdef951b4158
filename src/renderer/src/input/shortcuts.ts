// The keyboard map, as a pure function of the key event and where it happened.

export type Shortcut = 'open-folder' | 'search' | 'export' | 'next' | 'previous' | 'zoom-in' | 'zoom-out' | 'fit' | 'deselect' | 'clear-search'

export interface KeyInput {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
  /** The key went to a text field, select or editable element. */
  inField: boolean
  /** The key went to the search field. */
  inSearch: boolean
  /** A dialog (reader, skipped files) is open. */
  inDialog: boolean
}

const PLAIN: Record<string, Shortcut> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  j: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  k: 'previous',
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  _: 'zoom-out',
  '0': 'fit',
  f: 'fit',
  '/': 'search',
  Escape: 'deselect',
}

const WITH_CTRL: Record<string, Shortcut> = { o: 'open-folder', f: 'search', e: 'export' }

export function shortcutFor(e: KeyInput): Shortcut | null {
  const mod = e.ctrlKey || e.metaKey
  if (mod) return e.shiftKey || e.altKey ? null : (WITH_CTRL[e.key.toLowerCase()] ?? null)
  if (e.inSearch && e.key === 'Escape') return 'clear-search'
  // Typing in a field, and dialogs, keep their own keys; buttons keep Enter and Space (not mapped).
  if (e.inField || e.inDialog || e.altKey) return null
  return PLAIN[e.key] ?? null
}
