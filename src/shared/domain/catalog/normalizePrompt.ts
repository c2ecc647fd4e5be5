/**
 * The merge key: a prompt reduced to what the question asks, so that the same question written
 * with different casing, quotes, Markdown or filler ("What is", "in Python") gets one key.
 * Strict rules only: two prompts merge when their keys are equal, never on similarity.
 */

// Operators carry meaning (`is` vs `==`), so they become words before punctuation is dropped.
const OPERATORS: Array<[RegExp, string]> = [
  [/===/g, ' strict-eq '],
  [/!==/g, ' strict-ne '],
  [/==/g, ' eq '],
  [/!=/g, ' ne '],
  [/<=/g, ' le '],
  [/>=/g, ' ge '],
  [/\+=/g, ' plus-eq '],
  [/-=/g, ' minus-eq '],
  // Not inside ASCII arrows like `--->`, which are decoration.
  [/(?<![-=])->/g, ' arrow '],
  [/(?<![-=])=>/g, ' fat-arrow '],
  [/:=/g, ' walrus '],
  [/([a-z])\+\+/g, '$1pp'],
  [/([a-z])#/g, '$1sharp']
]

const ARTICLES = new Set(['a', 'an', 'the'])

// Leading filler, as token sequences after articles are gone. Longest first, so
// "what is difference between" wins over "what is".
const LEADING_FILLER = [
  'what is difference between',
  'what are differences between',
  'what are difference between',
  'what is diff between',
  'can you explain concept of',
  'could you explain concept of',
  'explain concept of',
  'can you explain',
  'could you explain',
  'differences between',
  'difference between',
  'diff between',
  'concept of',
  'what is',
  'what are',
  'explain'
]
  .map((phrase) => phrase.split(' '))
  .sort((a, b) => b.length - a.length)

const TRAILING_FILLER = [
  ['in', 'python'],
  ['in', 'django']
]

/**
 * Reduces a prompt to its merge key: lower case; curly quotes, backticks, `@`, `**` and
 * punctuation dropped; operators spelled out; articles, leading "What is/are", "Explain (the
 * concept of)", "(What is the) difference between" and trailing "in Python/Django" removed.
 * "A and B", "B vs A" and "difference between A and B" give one key. Never returns an empty
 * string for a non-blank prompt.
 */
export function normalizePrompt(prompt: string): string {
  // Most prompts are plain ASCII; Unicode normalisation and quote folding only when needed.
  let text = !/[^\x20-\x7e\t\n\r]/.test(prompt) ? prompt.toLowerCase() : foldUnicode(prompt)
  text = text.replace(/\bwhat'?s\b/g, 'what is')
  // Possessives carry no meaning for matching: "Python's GIL" asks about the GIL.
  text = text.replace(/([a-z0-9_])'s\b/g, '$1')
  if (/[=!<>+\-:#]/.test(text)) {
    for (const [pattern, word] of OPERATORS) text = text.replace(pattern, word)
  }
  if (/[%*/&|^~<>+@]/.test(text)) text = nameLoneSymbols(text)
  text = text.replace(/\*\*|@/g, ' ')
  // Keep letters, digits, underscores (dunder names) and the hyphens of spelled-out operators.
  text = text.replace(/[^\p{L}\p{N}_\-\s]+/gu, ' ').replace(/(^|\s)-+|-+(\s|$)/g, ' ')

  let tokens = text.split(/\s+/).filter((t) => t.length > 0 && !ARTICLES.has(t))
  const original = tokens
  tokens = tokens.map((t) => (t === 'vs' || t === 'versus' ? 'and' : t))

  for (let stripped = true; stripped;) {
    stripped = false
    for (const phrase of LEADING_FILLER) {
      if (phrase.length < tokens.length && phrase.every((word, i) => tokens[i] === word)) {
        tokens = tokens.slice(phrase.length)
        stripped = true
        break
      }
    }
  }
  for (let stripped = true; stripped;) {
    stripped = false
    for (const phrase of TRAILING_FILLER) {
      const start = tokens.length - phrase.length
      if (start > 0 && phrase.every((word, i) => tokens[start + i] === word)) {
        tokens = tokens.slice(0, start)
        stripped = true
      }
    }
  }
  tokens = orderComparedSides(tokens)
  const key = (tokens.length > 0 ? tokens : original).join(' ')
  return key.length > 0 ? key : prompt.trim().toLowerCase()
}

const SYMBOL_NAMES: Record<string, string> = {
  '%': 'percent',
  '*': 'star',
  '/': 'slash',
  '&': 'amp',
  '|': 'pipe',
  '^': 'caret',
  '~': 'tilde',
  '<': 'lt',
  '>': 'gt',
  '+': 'plus',
  '@': 'at'
}

// A symbol standing alone is what the question asks about ("What does `%` do?", "What is `**`?");
// dropped with the punctuation, "What does % do?" and "What does * do?" would collide.
function nameLoneSymbols(text: string): string {
  return text
    .split(/(\s+)/)
    .map((token) => {
      const core = token.replace(/^[`'"([]+|[`'")\]?.!,;:]+$/g, '')
      if (!/^[%*/&|^~<>+@]+$/.test(core)) return token
      return ` ${[...core].map((c) => SYMBOL_NAMES[c]).join('-')} `
    })
    .join('')
}

function foldUnicode(prompt: string): string {
  return prompt
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
}

// "deep copy and shallow copy" and "shallow copy and deep copy" ask about the same two things,
// as do "Difference between A and B" and "B vs A". Only a key with exactly one "and" is
// reordered; with more, the parts are not clearly two sides.
function orderComparedSides(tokens: string[]): string[] {
  const at = tokens.indexOf('and')
  if (at <= 0 || at === tokens.length - 1 || tokens.indexOf('and', at + 1) !== -1) return tokens
  const left = tokens.slice(0, at).join(' ')
  const right = tokens.slice(at + 1).join(' ')
  const [first, second] = left <= right ? [left, right] : [right, left]
  return `${first} and ${second}`.split(' ')
}
