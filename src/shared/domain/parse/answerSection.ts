/**
 * A quiz that asks its questions first and answers them later under an `## Answers` (or
 * `## Solutions`, `## Ответы`, `## 答案`) heading, repeating each question there:
 *   ## Questions                ## Answers
 *   ### 1. What is X?           ### 1. What is X?
 *   a) … b) …                   **Answer: b) …**  **Explanation:** …
 * The repeat is not a second question: its answer is the first one's reference answer. So is
 * an entry there that names a question by its number (`**Question 3 :** b=2 par défaut…`,
 * `3. …`): it goes on that question's answer.
 */

import type { ParsedItem } from '../types'
import { labelOf } from './labels'
import type { Doc } from './scanLines'

/** A prompt as the two copies of a question compare: case, spacing and code marks aside. */
function promptKey(prompt: string): string {
  return prompt.toLowerCase().replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim()
}

// `# CORRECTIONS DÉTAILLÉES 📝`, `## Answer key`, `## Réponses`: headings over a quiz's answers
// that are more than one label word.
const ANSWERS_HEADING =
  /^(?:answers?|answer key|solutions?|corrections?|corrigés?|réponses|respuestas|soluciones|risposte|soluzioni|lösungen|antworten|respostas|gabarito|ответы|відповіді|答案|解答|đáp án|jawaban|cevaplar)(?![\p{L}])/iu

function isAnswersHeading(text: string): boolean {
  const plain = text.replace(/[*_`#]/g, '').trim()
  return labelOf(text)?.role === 'answer' || (plain.length <= 60 && ANSWERS_HEADING.test(plain))
}

/** The 1-based line of the document's first `## Answers`-like heading, or Infinity. */
function answerHeadingLine(doc: Doc): number {
  for (const line of doc.lines) {
    if (line.heading && !line.code && isAnswersHeading(line.heading.text)) return line.index + 1
  }
  return Infinity
}

// `**Question 3 :** …`, `3. …`, `Q3) …`: an answer-section line that names its question's number.
const NUMBERED_LINE =
  /^(?:\*\*|__)?(?:(?:q|question|frage|pregunta|domanda|questão|вопрос|питання|soru|câu)[ \t]*)?(\d{1,3})[ \t]*[.:)：](?:\*\*|__)?[ \t]*\S/iu

/** The question number an item's line under the answer heading starts with, else null. */
function numberOf(doc: Doc, item: ParsedItem): number | null {
  const text = doc.lines[item.source.line - 1]?.text ?? ''
  const m = NUMBERED_LINE.exec(text.replace(/^[-*+][ \t]+/, ''))
  return m ? Number(m[1]) : null
}

/** Folds each question repeated under an answer heading into its first copy (see above). */
export function foldAnswerSection(items: ParsedItem[], doc: Doc): ParsedItem[] {
  const from = answerHeadingLine(doc)
  if (from === Infinity) return items
  const first = new Map<string, number>()
  const kept: ParsedItem[] = []
  // The questions asked before the heading, in order: `Question 3 :` below answers the third.
  const asked: number[] = []
  for (const item of items) {
    const key = promptKey(item.prompt)
    const earlier = first.get(key)
    const answers = item.source.line > from
    const n = answers && earlier === undefined ? numberOf(doc, item) : null
    if (n !== null && n >= 1 && n <= asked.length) {
      const at = asked[n - 1]!
      const target = kept[at]!
      const said = item.answer ? `${item.prompt}\n\n${item.answer}` : item.prompt
      kept[at] = { ...target, answer: target.answer ? `${target.answer}\n\n${said}` : said }
      continue
    }
    if (!answers && item.kind === 'question') asked.push(kept.length)
    if (earlier !== undefined && answers && kept[earlier]!.source.line < from) {
      const asked = kept[earlier]!
      if (item.answer) kept[earlier] = { ...asked, answer: item.answer }
      continue
    }
    if (earlier === undefined) first.set(key, kept.length)
    kept.push(item)
  }
  return kept
}
