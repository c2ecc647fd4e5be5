/**
 * Answers that only hold a place: `n/a`, `TBD`, `TODO`, `…`, `-`, "(your answer here)". A
 * filled-in template or an unfinished set of notes leaves them where an answer will go; they
 * are no reference answer, and showing one would hide that the question is still open.
 */

// Compared after markup and surrounding punctuation are stripped, lower-cased. "None" is left
// out: it is a real answer to "What does this function return?".
const PLACEHOLDERS = new Set([
  'n/a',
  'n.a',
  'na',
  'tbd',
  'tba',
  'todo',
  'to do',
  'pending',
  'coming soon',
  'to be added',
  'to be done',
  'answer here',
  'your answer here',
  'write your answer here',
  'add answer here',
  'empty',
  ''
])

// List markers, emphasis, brackets and dots around the word: `- n/a`, `**TBD**`, `(todo)`, `…`.
const EDGES = /^[\s\-*+•_>`()[\].…:–—?]+|[\s\-*_`()[\].…:–—?!]+$/g

/** True when the answer's text is only a placeholder (or only punctuation). */
export function isPlaceholderAnswer(answer: string): boolean {
  // Placeholders are short: a long answer is never one, whatever it holds.
  if (answer.length > 40) return false
  const text = answer.replace(/\s+/g, ' ').replace(EDGES, '').toLowerCase()
  return PLACEHOLDERS.has(text)
}
