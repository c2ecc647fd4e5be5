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
