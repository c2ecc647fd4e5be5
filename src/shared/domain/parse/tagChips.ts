/**
 * Tag chips on the first line of an answer: `` `初级`  `Django` <br> `` right under a question
 * heading labels the question (level, framework); it is not the start of its answer.
 */

// Two to six short inline-code chips and nothing else on the line but spaces and `<br>`s.
const CHIP = /`([^`\n]{1,24})`/g
const CHIP_LINE = /^[ \t]*(?:`[^`\n]{1,24}`[ \t]*(?:<br\s*\/?>[ \t]*)*){2,6}$/i

/** The answer without its leading chip line, and the chips as tags; null when there is none. */
export function leadingTagChips(answer: string): { tags: string[]; answer: string | null } | null {
  const newline = answer.indexOf('\n')
  const first = newline === -1 ? answer : answer.slice(0, newline)
  if (!CHIP_LINE.test(first)) return null
  const tags = [...first.matchAll(CHIP)].map((m) => m[1]!.trim()).filter(Boolean)
  // A chip holding a sentence or code (`x = 1`) is an answer written in code, not a tag.
  if (tags.some((t) => /[=(){};]/.test(t) || t.split(/\s+/).length > 2)) return null
  const rest = newline === -1 ? '' : answer.slice(newline + 1).trim()
  // Chips with nothing under them are the whole answer.
  if (rest === '') return null
  return { tags, answer: rest }
}
