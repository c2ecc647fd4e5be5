/**
 * Answers that only hold a place: `n/a`, `TBD`, `TODO`, `…`, `-`, "(your answer here)". A
 * filled-in template or an unfinished set of notes leaves them where an answer will go; they
 * are no reference answer, and showing one would hide that the question is still open. So is
 * a code cell holding only `# YOUR CODE HERE`.
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

// `# YOUR CODE HERE`, `// write your solution here`: the comment a worksheet's empty code cell
// holds (after the comment marker is stripped and the text lower-cased).
const CODE_PLACEHOLDER =
  /^(?:(?:write|put|add|insert|type|enter)[ \t]+)?(?:(?:your|the)[ \t]+)?(?:code|answer|solution|work)(?:[ \t]+(?:goes[ \t]+)?(?:here|below))?$/
const COMMENT_OPEN = /^(?:#+|\/\/+|--|\/\*+|<!--)[ \t]*/
const COMMENT_CLOSES = ['*/', '-->']
// A placeholder comment is a few words: longer lines are code (and never scanned twice).
const MAX_PLACEHOLDER_LINE = 60

/** The words of a comment line, without its markers; null when the line is no comment. */
function commentWords(line: string): string | null {
  if (line.length > MAX_PLACEHOLDER_LINE) return null
  const open = COMMENT_OPEN.exec(line)
  if (!open) return null
  let words = line.slice(open[0].length)
  for (const close of COMMENT_CLOSES)
    if (words.endsWith(close)) words = words.slice(0, -close.length)
  return words.trim().toLowerCase()
}

const FENCE_LINE = /^(?:`{3,}|~{3,})/

/**
 * True for an answer that is only a fenced code cell holding placeholder comments (or
 * nothing): the space a worksheet leaves for the student's code, no reference answer.
 */
function isPlaceholderCode(answer: string): boolean {
  if (answer.length > MAX_PLACEHOLDER_LINE * 6) return false
  const lines = answer.trim().split('\n')
  if (lines.length < 2 || lines.length > 6) return false
  if (!FENCE_LINE.test(lines[0]!) || !FENCE_LINE.test(lines[lines.length - 1]!.trim())) return false
  for (const raw of lines.slice(1, -1)) {
    const line = raw.trim()
    if (line === '') continue
    const words = commentWords(line)
    if (words === null || (!CODE_PLACEHOLDER.test(words) && !PLACEHOLDERS.has(words))) return false
  }
  return true
}

/** True when the answer's text is only a placeholder (or only punctuation, or an empty cell). */
export function isPlaceholderAnswer(answer: string): boolean {
  if (answer.startsWith('```') || answer.startsWith('~~~')) return isPlaceholderCode(answer)
  // Placeholders are short: a long answer is never one, whatever it holds.
  if (answer.length > 40) return false
  const text = answer.replace(/\s+/g, ' ').replace(EDGES, '').toLowerCase()
  return PLACEHOLDERS.has(text)
}
