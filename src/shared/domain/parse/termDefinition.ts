/**
 * `PEP8 - соглашение о том, как писать код`, `HAML - HTML Abstraction Markup Language`: a short
 * term, a spaced dash, then what it means. The term is the prompt, the rest its answer. The
 * term is a name (at most `MAX_TERM_WORDS` words, no sentence punctuation) and the definition
 * is more than a word, so "Python 2 - 3 differences" or "a - b" is not read as one.
 */

const MAX_TERM_WORDS = 4
const MAX_TERM_CHARS = 40
// A spaced hyphen, en dash or em dash between the term and its definition.
const DASH = / [-–—] /

export interface TermDefinition {
  term: string
  definition: string
}

/** The term and definition of a `Term - definition` line, else null. */
export function termDefinition(text: string): TermDefinition | null {
  const match = DASH.exec(text)
  if (!match) return null
  const term = text.slice(0, match.index).trim()
  const definition = text.slice(match.index + match[0].length).trim()
  if (term === '' || term.length > MAX_TERM_CHARS || /[.?!:;,]$/.test(term)) return null
  if (term.split(/\s+/).length > MAX_TERM_WORDS || !/\p{L}/u.test(term)) return null
  // A question is not a term ("What is X - and why?").
  if (term.includes('?') || /[?？]/.test(definition.slice(-1))) return null
  if (definition.split(/\s+/).length < 2 || !/^\p{L}/u.test(definition)) return null
  return { term, definition }
}
