/**
 * Quiz option lines: a mark in front of each choice says which one is right. People tick radio
 * buttons (`( )`/`(x)`/`(*)`/`(•)`), checkboxes (`[ ]`/`[x]`/`[✓]`), circles (`○`/`●`), ballot
 * boxes (`☐`/`☑`/`☒`) or ✅/❌, usually after a list marker; or they letter the choices
 * (`A. …`, `b) …`, `(C) …`) and give the key on a line of its own (`✅ Đáp án: B`).
 *
 * Regular expressions here are anchored and see one line; none has adjacent unbounded parts.
 */

import { labelledLine } from './labels'

export type OptionFamily = 'radio' | 'checkbox' | 'symbol' | 'letter'

export interface OptionLine {
  family: OptionFamily
  /** Marked as the right choice (always false for lettered choices). */
  marked: boolean
  /** Lower-case letter of a lettered choice, else null. */
  letter: string | null
  text: string
}

const BULLET = /^[-*+](?=[ \t]|[([])[ \t]*/
const RADIO = /^\([ \t]?([xX*•✓✔●])?[ \t]?\)(?:[ \t]+|$)/
const CHECKBOX = /^\[([ xX✓✔])\](?:[ \t]+|$)/
const SYMBOL = /^([○◯●◉☐☑☒✅❌✔✓✗✘])\uFE0F?[ \t]+/
const SYMBOL_MARKED = new Set(['●', '◉', '☑', '☒', '✅', '✔', '✓'])
const LETTER = /^\(?([A-Ha-h])[.)][ \t]+(\S.*)$/

/** The option a line writes, or null. An answer-key line (`✅ Answer: B`) is not an option. */
export function optionLine(text: string): OptionLine | null {
  const bullet = BULLET.exec(text)
  const rest = bullet ? text.slice(bullet[0].length) : text
  const radio = RADIO.exec(rest)
  if (radio && bullet) return mark('radio', radio[1] !== undefined, rest.slice(radio[0].length))
  const box = CHECKBOX.exec(rest)
  if (box && bullet) return mark('checkbox', box[1] !== ' ', rest.slice(box[0].length))
  const symbol = SYMBOL.exec(rest)
  if (symbol && answerKeyLetter(rest) === null && labelledLine(rest) === null)
    return mark('symbol', SYMBOL_MARKED.has(symbol[1]!), rest.slice(symbol[0].length))
  const letter = LETTER.exec(rest)
  if (letter)
    return {
      family: 'letter',
      marked: false,
      letter: letter[1]!.toLowerCase(),
      text: letter[2]!.trim()
    }
  return null
}

function mark(family: OptionFamily, marked: boolean, text: string): OptionLine {
  return { family, marked, letter: null, text: text.trim() }
}

const KEY_LETTER = /^[*_ \t]*\(?([A-Ha-h])(?![\p{L}\p{N}])/u

/**
 * `✅ **Đáp án:** B → …`, `Answer: (c)`, `Respuesta: A`, `Ответ: Б`: the letter an answer-key
 * line names, lower-cased, and the line's text after its label; null for other lines.
 */
export function answerKeyLetter(text: string): { letter: string; rest: string } | null {
  const labelled = labelledLine(text)
  if (labelled?.role !== 'answer') return null
  const rest = labelled.rest.replace(/^[*_]{1,3}[ \t]*/, '')
  const m = KEY_LETTER.exec(rest)
  return m ? { letter: m[1]!.toLowerCase(), rest: rest.trim() } : null
}
