/**
 * Judges a list as a whole. A list that is mostly questions is a question list, so a terse
 * entry in it ("Generate 100 numbers divisible by 2 and 7") is a question too. Under a date or
 * a lead line, the other entries are topics. Elsewhere only a list of short phrases yields
 * topics, so a Markdown list of sentences in someone's notes yields nothing.
 */

import type { ItemKind } from '../types'
import { asksDirectly, classifyText } from './classifyText'

const SHORT_TOPIC_WORDS = 5

/** `Total Questions: 10`, `Time Limit: 20 minutes`: a name, a colon, its value. */
export const PROPERTY_LINE = /^\p{Lu}[\p{L} ]{0,24}:[ \t]+\S/u

/** True when more than half of the lines, and at least two, are properties. */
export function isPropertyBlock(texts: readonly string[]): boolean {
  const properties = texts.filter((t) => PROPERTY_LINE.test(t)).length
  return properties >= 2 && properties * 2 > texts.length
}

/** One kind per entry; null means the entry is not an item. */
export function judgeList(
  prompts: readonly string[],
  options: {
    inSoftSection: boolean
    askedAnyway?: readonly boolean[]
    /** Entries with an answer under them. */
    answered?: readonly boolean[]
    /** The list is the whole document: every entry is an item. */
    wholeDocument?: boolean
  }
): (ItemKind | null)[] {
  const kinds = prompts.map((p, k) => (options.askedAnyway?.[k] ? 'question' : classifyText(p)))
  if (options.wholeDocument) return kinds.map((k) => (k === 'question' ? 'question' : 'topic'))
  const questions = kinds.filter((k) => k === 'question').length
  if (questions > 0 && questions * 2 >= kinds.length) return kinds.map(() => 'question')
  // `- Total Questions: 10` / `- Time Limit: 20 minutes`: a block of properties (a quiz's
  // instructions, a page's metadata) is not a list of topics, its odd entry neither.
  if (questions === 0 && isPropertyBlock(prompts)) return kinds.map(() => null)
  if (options.inSoftSection) return kinds.map((k) => (k === 'prose' ? null : k))
  // Every entry with its answer under it: a list of items, whatever their length.
  const answered = options.answered
  if (kinds.length >= 2 && answered && answered.every(Boolean) && !kinds.includes('prose'))
    return kinds.map((k) => (k === 'question' ? 'question' : 'topic'))
  const shortList =
    kinds.length >= 2 &&
    kinds.every(
      (k, i) =>
        k === 'question' || (k === 'topic' && prompts[i]!.split(/\s+/).length <= SHORT_TOPIC_WORDS)
    )
  // Not a question list: only entries that ask outright are questions ("Create a virtualenv"
  // in a list of steps is an instruction).
  return kinds.map((k, i) =>
    k === 'question' && (options.askedAnyway?.[i] || asksDirectly(prompts[i]!))
      ? 'question'
      : k === 'topic' && shortList
        ? 'topic'
        : null
  )
}
