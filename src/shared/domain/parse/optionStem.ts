/**
 * A multiple-choice stem in a list: an entry ending in `:` with its options nested under it
 * and the key given below them,
 *   11. TCP connections are:
 *       1. Unreliable
 *       2. Created using ports or sockets
 *           - **Answer:** Created using ports or sockets
 * asks, though it has no question mark; a lead-in ("Install the following:") has steps or
 * names under it, never options with an answer.
 */

import { labelledLine } from './labels'
import { bulletItem, numberedItem } from './lineShapes'

// `a)`, `B.`, `(c)`: a lettered option.
const LETTERED_OPTION = /^\(?[a-hA-H][.)][ \t]+\S/

/** A lettered, numbered or bulleted line: an option, where a stem is followed by them. */
export function isOptionLine(line: string): boolean {
  return numberedItem(line) !== null || LETTERED_OPTION.test(line) || bulletItem(line) !== null
}

const MIN_LETTERED = 3

/**
 * True for a `:`-ended entry whose answer holds two options and an answer label, or three
 * options lettered in order from `a` (`a) …`, `b) …`, `c) …`): a quiz's stem, keyed or not.
 */
export function isOptionStem(prompt: string, answer: string | null): boolean {
  if (answer === null || !/[:：]$/.test(prompt)) return false
  let options = 0
  let keyed = false
  let lettered = 0
  for (const raw of answer.split('\n')) {
    const line = raw.trim()
    const text = bulletItem(line) ?? line
    if (labelledLine(text)?.role === 'answer') keyed = true
    else if (isOptionLine(line)) options++
    const letter = LETTERED_OPTION.test(text) ? text.replace(/^\(/, '')[0]!.toLowerCase() : null
    if (letter !== null && letter.charCodeAt(0) === 97 + lettered) lettered++
  }
  return (keyed && options >= 2) || lettered >= MIN_LETTERED
}
