/**
 * A quiz question whose answer was read as its options followed by the key:
 *   - a string
 *   - a tuple
 *   - a list
 *   ✅ **Correct Answer:** a list.
 * or whose right option carries a mark (`3. A framework for complex problems ✅`), is written in
 * emphasis among plain ones (`***b) Esquema flexible***`) or starred (`*b. Hello World!`), above
 * an explanation. A quiz's reference answer is the right option and any explanation, so that is
 * what is kept; the options are not. Options written inside a bare fence (no language) count:
 * some quizzes fence the whole choice block.
 */

import { isExplanationWord, labelledLine } from './labels'
import { bulletItem, numberedItem } from './lineShapes'
import { isOptionLine } from './optionStem'
import { LETTERED_OPTION } from './questionDetail'

const FENCE = /^(?:`{3,}|~{3,})(.*)$/
// `B`, `(b)`, `**C**`, `D.`: a key that is only the option's letter.
const LETTER_KEY = /^(?:\*\*)?\(?([A-Ha-h])\)?[.)]?(?:\*\*)?$/
// ✅ / ✔ / ☑ / ✓ after an option: the right one. (In front of lines they are mostly the
// bullets of a list of pros.)
const SYMBOL_MARK = /[ \t]+(?:✅|✔️?|☑️?|✓)$/u
// So does a parenthesised word: `PostgreSQL (Doğru)`, `(correct)`, `(правильно)`. Tested on a
// line's tail only (see hasMark): its leading spaces would rescan a long run of them.
const MARK =
  /[ \t]+(?:✅|✔️?|☑️?|✓|\((?:correct|right|doğru|richtig|korrekt|верно|правильно|correcta|correcto|correta|correto|corretta|corretto|juste|benar|đúng|正确|正解)\))$/iu

// `*b. Hello World!`, `*d.`: a star right against the letter (a bullet would need a space).
const STARRED_OPTION = /^\*\(?[A-Ha-h][.)](?:[ \t]|$)/
const LEADING_EMPHASIS = /^[*_]{1,3}/

/** A lettered option written wholly in emphasis or starred: its text without the marks. */
function emphasisedOption(text: string): string | null {
  if (STARRED_OPTION.test(text)) return text.slice(1).trim()
  const open = LEADING_EMPHASIS.exec(text)?.[0]
  if (!open || !text.endsWith(open) || text.length <= open.length * 2) return null
  const inner = text.slice(open.length, text.length - open.length).trim()
  return LETTERED_OPTION.test(inner) && !/^[*_]/.test(inner) ? inner : null
}

interface Reading {
  options: number
  lettered: Map<string, string>
  /** `1. [1,4,3] True`: choices numbered rather than lettered, by their number. */
  numbered: Map<number, string>
  marked: string[]
}

// `3`, `(3)`, `3.`: a key that is only a numbered choice's number.
const NUMBER_KEY = /^(?:\*\*)?\(?(\d{1,2})\)?[.)]?(?:\*\*)?$/

const MARK_TAIL = 32

function hasMark(text: string): boolean {
  return MARK.test(text.length > MARK_TAIL ? text.slice(-MARK_TAIL) : text)
}

/** An option's text as an answer: list marker and number dropped, a letter kept. */
function optionText(text: string): string {
  const item = bulletItem(text) ?? text
  // A symbol is only the mark; a word (`(Doğru)`) is text the reader sees, kept.
  return (numberedItem(item)?.rest ?? item).replace(SYMBOL_MARK, '').trim()
}

// Right options are a few among the rest; a list whose every line is ticked is not a quiz.
function markedOptions(read: Reading): boolean {
  return read.options >= 2 && read.marked.length > 0 && read.marked.length * 2 <= read.options
}

function answerFrom(key: string, rest: readonly string[]): string {
  return [key, ...rest].join('\n').trim()
}

/** The answer a key or marked option gives (see the module comment), else null. */
export function keyAfterOptions(answer: string): string | null {
  const lines = answer.split('\n')
  const read: Reading = { options: 0, lettered: new Map(), numbered: new Map(), marked: [] }
  let optionIndent = -1
  let lastOption = -1
  let fence: 'code' | 'bare' | null = null
  let afterOption = false
  let interleaved = false
  let byEmphasis = false
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim()
    const fenceLine = FENCE.exec(text)
    if (fenceLine) {
      fence = fence ? null : fenceLine[1]!.trim() === '' ? 'bare' : 'code'
      continue
    }
    if (fence === 'code' || text === '') continue
    const indent = lines[i]!.length - lines[i]!.trimStart().length
    const bullet = bulletItem(text)
    const labelled = labelledLine(bullet ?? text)
    // `- Solution: use pooling` beside `- Django raises…`: one more point of a list, not a key.
    const sibling = bullet !== null && indent === optionIndent
    if (labelled?.role === 'answer' && labelled.rest !== '' && !sibling) {
      const rest = lines.slice(i + 1)
      // `Ans. 3` under numbered choices: that choice.
      const number = NUMBER_KEY.exec(labelled.rest)?.[1]
      const numberedChoice = number === undefined ? undefined : read.numbered.get(Number(number))
      // (Unless a choice reads as the key: `1. 2` / `2. 6` keyed `2` names the choice "2".)
      const keyIsChoice = [...read.numbered.values()].some(
        (t) => numberedItem(t)?.rest.trim() === labelled.rest
      )
      if (read.numbered.size >= 2 && numberedChoice !== undefined && !keyIsChoice)
        return answerFrom(numberedChoice, rest)
      if (read.options < 2) return null
      // Inside a bare fence, its closing line goes with the options.
      if (fence === 'bare') {
        const close = rest.findIndex((l) => FENCE.test(l.trim()))
        if (close >= 0) rest.splice(close, 1)
      }
      if (isExplanationWord(labelled.word))
        return markedOptions(read)
          ? answerFrom(read.marked.join('\n'), ['', labelled.rest, ...rest])
          : null
      const letter = LETTER_KEY.exec(labelled.rest)?.[1]?.toLowerCase()
      const key = letter === undefined ? labelled.rest : read.lettered.get(letter)
      return key === undefined ? null : answerFrom(key, rest)
    }
    const entry = numberedItem(text)
    if (entry && !read.numbered.has(entry.n)) read.numbered.set(entry.n, text)
    const emphasised = emphasisedOption(text)
    if (!isOptionLine(text) && !hasMark(text) && emphasised === null) {
      if (read.options > 0) afterOption = true
      continue
    }
    // Feedback under each option (`... Incorrect.`): the marks are read by the quiz's format.
    if (afterOption) interleaved = true
    read.options++
    optionIndent = indent
    lastOption = i
    if (emphasised !== null) {
      read.marked.push(emphasised)
      byEmphasis = true
    } else if (hasMark(text)) read.marked.push(optionText(text))
    const letter = LETTERED_OPTION.exec(text)?.[1]?.toLowerCase()
    if (letter !== undefined && !read.lettered.has(letter))
      read.lettered.set(letter, bullet ?? text)
  }
  // Marked options and no key: the marked ones, then whatever follows the options.
  if (markedOptions(read) && !(byEmphasis && interleaved))
    return answerFrom(read.marked.join('\n'), ['', ...lines.slice(lastOption + 1)])
  return boldChoice(lines)
}

const WHOLE_BOLD = /^(?:\*\*|__)(\S(?:.*\S)?)(?:\*\*|__)$/

/**
 * `- True` / `- **False**`: an answer that is only a list of plain choices, the chosen one (or
 * few) wholly in bold, as a quiz recap marks them. The bold ones, without the marks; else null.
 */
function boldChoice(lines: readonly string[]): string | null {
  const texts = lines.map((l) => l.trim()).filter((t) => t !== '')
  if (texts.length < 2) return null
  const chosen: string[] = []
  for (const text of texts) {
    const entry = bulletItem(text)
    if (entry === null) return null
    const bold = WHOLE_BOLD.exec(entry.trim())?.[1]
    if (bold !== undefined && !bold.includes('**')) chosen.push(bold.trim())
  }
  return chosen.length > 0 && chosen.length * 2 <= texts.length ? chosen.join('\n') : null
}
