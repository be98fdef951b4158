// A quotation set apart from the text, as pages and editors keep it (a Markdown block quote, a CMS's quote block), with the
// line or field that names who spoke: read as the text would read it aloud, "Jonas Gahr Støre: “Today we close a chapter ...”
// (Murmansk, 15 September)", so that the words are the speaker's like any other quotation.

// A person's or an office's name: capitalised words (particles and "of the" between), no sentence.
const SPEAKER_NAME = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:(?:of|the|de|da|van|von|der|del|al|bin|el|and)\s+)*\p{Lu}[\p{L}\p{M}.'’-]*){0,6}$/u

/** Who a citation names ("Jonas Gahr Støre, Murmansk, 15 September") and what else it says, when it names someone. */
export function citedSpeaker(cite: string): { name: string; rest: string | null } | null {
  const m = /^([^,(]+?)\s*(?:[,(]\s*(.*?)\)?)?\s*$/.exec(cite.trim())
  return m && SPEAKER_NAME.test(m[1]) ? { name: m[1], rest: m[2] || null } : null
}

/** The paragraphs of a quotation as lines of quoted words, the first headed by the speaker a citation names. */
export function quotedLines(paragraphs: readonly string[], speaker: { name: string; rest: string | null } | null): string[] {
  return paragraphs.map((p, k) => `${k === 0 && speaker ? `${speaker.name}: ` : ''}“${p}”${k === paragraphs.length - 1 && speaker?.rest ? ` (${speaker.rest})` : ''}`)
}

/** Words already set in quotation marks are quoted as they stand. */
export function alreadyQuoted(paragraph: string): boolean {
  return /^[“"‘'«]/.test(paragraph)
}
