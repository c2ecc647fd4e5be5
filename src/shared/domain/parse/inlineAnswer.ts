/**
 * A question with its answer on the same line, after a dash-like separator:
 *   `1. What does HTML stand for? --Hypertext Markup Language, a standardized system…`
 *   `- Who makes the web standards? — The W3C.`
 *   `3. Choose the element for the largest heading: --h1 is the highest level.`
 * Only right after a question mark (or a colon before a double dash or arrow), so a dash
 * inside a question ("Pros - cons?") or a range stays where it was written.
 */

const AFTER_QUESTION_MARK = /[?？][ \t]*(?:-{2,}|—|–|->|=>|:-)[ \t]*(?=\S)/gu
const AFTER_COLON = /[:：][ \t]*(?:-{2,}|->|=>)[ \t]*(?=\S)/gu

/** The prompt and the answer of `text` when it carries both, else null. */
export function inlineAnswer(text: string): { prompt: string; answer: string } | null {
  for (const separator of [AFTER_QUESTION_MARK, AFTER_COLON]) {
    for (const m of text.matchAll(separator)) {
      const end = m.index + 1
      const prompt = text.slice(0, end).trim()
      // Inside an inline code span (an odd number of backticks before it): not a separator.
      if (prompt.length < 4 || (prompt.match(/`/g)?.length ?? 0) % 2 === 1) continue
      return { prompt, answer: text.slice(m.index + m[0].length).trim() }
    }
  }
  return null
}
