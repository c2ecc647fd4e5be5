/**
 * A quiz question whose answer was read as its options followed by the key:
 *   - a string
 *   - a tuple
 *   - a list
 *   ✅ **Correct Answer:** a list.
 * A quiz's reference answer is the marked option and any explanation after it, so the key
 * line (label dropped) and what follows it are kept, the options are not.
 */

import { labelledLine } from './labels'
import { bulletItem } from './lineShapes'
import { isOptionLine } from './optionStem'

const FENCE = /^(?:`{3,}|~{3,})/
// `B`, `(b)`, `**C**`, `D.`: a key that is only the option's letter.
const LETTER_KEY = /^(?:\*\*)?\(?([A-Ha-h])\)?[.)]?(?:\*\*)?$/
// `B) a list`, `- (b) a list`, `c. a list`: an option's letter.
const OPTION_LETTER = /^(?:[-*+][ \t]+)?\(?([A-Ha-h])[.)][ \t]+\S/

/**
 * The key and what follows it, when `answer` lists two options or more before it; else null.
 * A key that is only a letter reads as that option (`B` → `B) a list`), or leaves the answer
 * as it was when no option has that letter.
 */
export function keyAfterOptions(answer: string): string | null {
  const lines = answer.split('\n')
  const lettered = new Map<string, string>()
  let options = 0
  let optionIndent = -1
  let inFence = false
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim()
    if (FENCE.test(text)) {
      inFence = !inFence
      continue
    }
    if (inFence || text === '') continue
    const indent = lines[i]!.length - lines[i]!.trimStart().length
    const bullet = bulletItem(text)
    const labelled = labelledLine(bullet ?? text)
    // `- Solution: use pooling` beside `- Django raises…`: one more point of a list, not a key.
    const sibling = bullet !== null && indent === optionIndent
    if (labelled?.role === 'answer' && labelled.rest !== '' && !sibling) {
      if (options < 2) return null
      const letter = LETTER_KEY.exec(labelled.rest)?.[1]?.toLowerCase()
      const key = letter === undefined ? labelled.rest : lettered.get(letter)
      return key === undefined ? null : [key, ...lines.slice(i + 1)].join('\n').trim()
    }
    if (!isOptionLine(text)) continue
    options++
    optionIndent = indent
    const letter = OPTION_LETTER.exec(text)?.[1]?.toLowerCase()
    if (letter !== undefined && !lettered.has(letter))
      lettered.set(letter, bulletItem(text) ?? text)
  }
  return null
}
