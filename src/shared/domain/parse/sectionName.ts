/**
 * Whether a heading's text can name a section. A bare date ("25/04/2018", "April 25, 2018"), a
 * number or a run of punctuation heads a list in many notes, but as a section name it files
 * every entry below it under a label that says nothing ("36 entries in 25/04/2018").
 */
import { isBareDate } from './lineShapes'

/** True when `text` (already cleaned) contains a word and is not only a date. */
export function isSectionName(text: string): boolean {
  return /\p{L}/u.test(text) && !isBareDate(text)
}

const REFERENCE_SECTION =
  /^(?:(?:good|further|recommended|suggested|useful|additional|more|other)[ \t]+)?(?:sources?|references?|resources?|reads|reading|readings|reading list|links|see also|bibliography)$/i
// `- [Reading: What is Serverless?](https://…)`: a list entry that is only a link.
const LINK_ENTRY = /^(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)\[[^\]]+\]\([^()\s]+\)[ \t]*$/

/**
 * True for a linked list entry under a "Sources" / "References" / "Further reading" heading:
 * a reading list, whose linked titles are not questions even when they ask ("What is X?").
 */
export function isReadingListEntry(section: string | null, lineText: string): boolean {
  if (section === null || !REFERENCE_SECTION.test(section.trim())) return false
  return LINK_ENTRY.test(lineText)
}
