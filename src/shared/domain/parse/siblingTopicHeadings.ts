/**
 * A run of sibling headings that mostly ask ("## 什么是闭包？", "## How does X work?") with a
 * few noun-phrase headings among them ("## 防抖节流", "## DOM操作", "## Event loop"), each over
 * its own explanation: the document's headings are its items, so those topics are items too,
 * their content the answer (short lines, colons and numbered lists included).
 *
 * Judged per run: at least `MIN_RUN` siblings, at least half of them asking. A non-asking
 * member counts when its body has content of its own that is not a set of items: no entry or
 * first line that asks (then the heading is their section), not only a list of short phrases
 * (a list of topics), not only links (a reading list); front and back matter ("Preface",
 * "References") never does.
 */

import { asksDirectly, isTopicLike } from './classifyText'
import { hasQuestionMark } from './interrogatives'
import { bulletItem, isSeparator, isUrlOnly, numberedItem, questionPrefix } from './lineShapes'
import type { Doc } from './scanLines'
import { isBoilerplateHeading } from './topicHeadings'

const MIN_RUN = 4
// A heading line longer than this is a sentence, not a topic's name.
const MAX_TOPIC_WORDS = 12
// A list entry of at most this many words is a short phrase: a topic of its own.
const SHORT_PHRASE_WORDS = 5

// Front and back matter of a post or README: sections, never study topics.
const FRONT_AND_BACK_MATTER = new Set([
  'preface',
  'foreword',
  'introduction',
  'intro',
  'overview',
  'background',
  'conclusion',
  'final thoughts',
  'reference links',
  '前言',
  '序言',
  '简介',
  '介绍',
  '总结',
  '结语',
  '参考链接',
  '参考资料',
  '参考文献',
  '相关链接',
  'введение',
  'заключение',
  'предисловие',
  'литература',
  'ссылки'
])

// Han, kana and Hangul are written without spaces: a run of them counts a word per two
// characters, so a Chinese sentence is not a "short phrase".
const UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu

function wordCount(text: string): number {
  let words = 0
  const spaced = text.replace(UNSPACED_RUN, (run) => {
    words += Math.ceil(run.length / 2)
    return ' '
  })
  return words + spaced.split(/\s+/).filter(Boolean).length
}

function isMatter(text: string): boolean {
  const t = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return FRONT_AND_BACK_MATTER.has(t) || isBoilerplateHeading(text)
}

// The body under the heading on line `index`, up to the next heading: true when it is an
// explanation of its own (see the rule above).
function explainsItself(doc: Doc, index: number): boolean {
  let text = 0
  let entries = 0
  let asked = 0
  let phrases = 0
  let first = true
  for (let j = index + 1; j < doc.lines.length; j++) {
    const line = doc.lines[j]!
    if (line.heading && !line.code) break
    if (line.blank || line.inert || line.underline) continue
    if (line.code) {
      text++
      first = false
      continue
    }
    if (isSeparator(line.text) || isUrlOnly(line.text)) continue
    // `Question: …` or `…?` right under the heading: it titles the question below. (A first
    // sentence that merely mentions a difference or a problem explains.)
    if (first && (questionPrefix(line.text) !== null || hasQuestionMark(line.text))) return false
    first = false
    const rest = numberedItem(line.text)?.rest ?? bulletItem(line.text)
    if (rest === null) {
      if (questionPrefix(line.text) !== null) return false
      if (!line.text.includes('](')) text++
      continue
    }
    entries++
    if (asksDirectly(rest)) asked++
    else if (isTopicLike(rest) && wordCount(rest) <= SHORT_PHRASE_WORDS) phrases++
  }
  // Entries that mostly ask are the heading's questions; entries that are all short phrases,
  // with nothing else, are a list of topics.
  if (asked > 0 && asked * 2 >= entries) return false
  if (text === 0 && (entries === 0 || phrases === entries)) return false
  return true
}

/**
 * Marks, in `asking`, the noun-phrase members of a mostly asking run of sibling headings that
 * explain themselves. `runs` are the sibling runs (heading line indexes, in order).
 */
export function markSiblingTopics(
  doc: Doc,
  runs: Iterable<readonly number[]>,
  asking: Uint8Array
): void {
  for (const whole of runs) {
    // A preface and a reference list frame the items; they do not count either way.
    const run = whole.filter((i) => asking[i] === 1 || !isMatter(doc.lines[i]!.heading!.text))
    if (run.length < MIN_RUN) continue
    const asked = run.filter((i) => asking[i] === 1).length
    if (asked * 2 < run.length) continue
    for (const i of run) {
      if (asking[i] === 1) continue
      if (wordCount(doc.lines[i]!.heading!.text) > MAX_TOPIC_WORDS) continue
      if (explainsItself(doc, i)) asking[i] = 1
    }
  }
}
