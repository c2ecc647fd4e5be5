/**
 * The answer block of a Moodle GIFT question (`{=right ~wrong #feedback}`), read into options.
 * GIFT is a documented format (Moodle docs, "GIFT format"): `=` marks a right answer, `~` a
 * wrong one, `~%50%` a weighted one, `#` the feedback of the answer before it, `####` general
 * feedback, `{T}`/`{FALSE}` true-false, `{#3:0.1}` numeric, `=a -> b` matching, `{}` essay.
 * Special characters are escaped with a backslash (`\=`, `\~`, `\#`, `\{`, `\}`, `\:`).
 */

/** One answer option: its text, whether it earns credit, and its feedback. */
export interface GiftOption {
  text: string
  correct: boolean
  feedback: string
}

/** What an answer block says. */
export interface GiftAnswers {
  kind: 'choice' | 'truefalse' | 'numeric' | 'matching' | 'essay'
  options: GiftOption[]
  /** `####…` feedback for the whole question. */
  general: string
}

/** Removes GIFT's backslash escapes (`\=` → `=`, `\n` → a line break). */
export function unescapeGift(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '\\' && i + 1 < text.length) {
      const next = text[++i]!
      out += next === 'n' ? '\n' : next
    } else out += c
  }
  return out
}

/** Index of the first unescaped `ch` at or after `from`, or -1. */
export function findUnescaped(text: string, ch: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i]!
    if (c === '\\') i++
    else if (c === ch) return i
  }
  return -1
}

// Splits the block at unescaped `=`/`~` (option starts) and `#` (feedback), in one pass.
interface Piece {
  mark: '=' | '~' | '#' | '####' | ''
  text: string
}

function splitPieces(block: string): Piece[] {
  const pieces: Piece[] = []
  let mark: Piece['mark'] = ''
  let start = 0
  const flush = (end: number): void => {
    pieces.push({ mark, text: block.slice(start, end) })
  }
  for (let i = 0; i < block.length; i++) {
    const c = block[i]!
    if (c === '\\') {
      i++
      continue
    }
    if (c !== '=' && c !== '~' && c !== '#') continue
    flush(i)
    if (c === '#' && block.startsWith('###', i + 1)) {
      mark = '####'
      i += 3
    } else mark = c
    start = i + 1
  }
  flush(block.length)
  return pieces
}

// `%50%right` → weight 50; a missing weight is full credit for `=`, none for `~`.
function readWeight(text: string): { weight: number | null; rest: string } {
  const m = /^\s*%(-?\d{1,3}(?:\.\d{1,8})?)%/.exec(text)
  if (!m) return { weight: null, rest: text }
  return { weight: Number(m[1]), rest: text.slice(m[0].length) }
}

/** Reads the text between a question's braces. */
export function readGiftAnswers(block: string): GiftAnswers {
  const trimmed = block.trim()
  if (trimmed === '') return { kind: 'essay', options: [], general: '' }
  const tf = /^(T|F|TRUE|FALSE)\b/i.exec(trimmed)
  const pieces = splitPieces(block)
  const general = unescapeGift(pieces.find((p) => p.mark === '####')?.text ?? '').trim()
  if (tf) {
    const value = tf[1]!.toUpperCase().startsWith('T') ? 'True' : 'False'
    return { kind: 'truefalse', options: [{ text: value, correct: true, feedback: '' }], general }
  }
  if (trimmed.startsWith('#') && !trimmed.startsWith('####')) {
    const value = unescapeGift(trimmed.slice(1).split('#')[0] ?? '').trim()
    return { kind: 'numeric', options: [{ text: value, correct: true, feedback: '' }], general }
  }
  const options: GiftOption[] = []
  let matching = false
  for (const piece of pieces) {
    if (piece.mark === '#') {
      const last = options[options.length - 1]
      if (last) last.feedback = unescapeGift(piece.text).trim()
      continue
    }
    if (piece.mark !== '=' && piece.mark !== '~') continue
    const { weight, rest } = readWeight(piece.text)
    const arrow = piece.mark === '=' ? findArrow(rest) : -1
    let text = unescapeGift(rest).trim()
    if (arrow >= 0) {
      matching = true
      text = `${unescapeGift(rest.slice(0, arrow)).trim()} → ${unescapeGift(rest.slice(arrow + 2)).trim()}`
    }
    const correct = weight === null ? piece.mark === '=' : weight > 0
    options.push({ text, correct, feedback: '' })
  }
  return { kind: matching ? 'matching' : 'choice', options, general }
}

function findArrow(text: string): number {
  for (let i = 0; i + 1 < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '-' && text[i + 1] === '>') return i
  }
  return -1
}
