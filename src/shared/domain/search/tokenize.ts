/**
 * The search tokenizer. Interview questions are full of code, so symbol terms are kept as
 * written (`__init__`, `select_related`, `**kwargs`, `@staticmethod`, `null=true`, `==`) and
 * their word parts are emitted beside them (`init`, `select`, `related`, `kwargs`, ...), so both
 * the exact symbol and the plain words find the question.
 */

/**
 * A word with its symbol context, or an operator. Words may carry a leading `@`, `*` or `**`,
 * inner `.` or `=` joins (`settings.py`, `null=true`) and an apostrophe suffix (`python's`).
 */
const TOKEN =
  /(?:@|\*{1,2})?[\p{L}\p{N}_]+(?:['’][\p{L}]+)?(?:[.=][\p{L}\p{N}_]+)*|==|!=|<=|>=|:=|->|\+=|-=|\*\*|\/\//gu

/** Called once per term: `part` is true for a word part of a symbol term. */
export type TermVisitor = (term: string, start: number, end: number, part: boolean) => void

/** Lower-cases and drops possessive / contraction suffixes (`python's` → `python`). */
function normalizeWord(raw: string): string {
  const lower = raw.toLowerCase()
  const quote = lower.search(/['’]/)
  return quote < 0 ? lower : lower.slice(0, quote)
}

/** Emits the word parts of a symbol term (never the term itself). */
function visitParts(term: string, start: number, visit: TermVisitor, seen: Set<string>): void {
  const emit = (part: string, offset: number) => {
    if (part.length === 0 || part === term || seen.has(part)) return
    seen.add(part)
    visit(part, start + offset, start + offset + part.length, true)
  }
  const core = term.replace(/^[@*]+/, '')
  const coreAt = term.length - core.length
  emit(core, coreAt)
  let cursor = 0
  for (const piece of core.split(/[.=]/)) {
    const at = core.indexOf(piece, cursor)
    cursor = at + piece.length
    if (piece !== core) emit(piece, coreAt + at)
    const stripped = piece.replace(/^_+|_+$/g, '')
    const strippedAt = coreAt + at + piece.indexOf(stripped)
    if (stripped !== piece) emit(stripped, strippedAt)
    if (!stripped.includes('_')) continue
    let inner = 0
    for (const word of stripped.split('_')) {
      const wordAt = stripped.indexOf(word, inner)
      inner = wordAt + word.length
      emit(word, strippedAt + wordAt)
    }
  }
}

/**
 * Visits every term of `text` in order: each primary token, then its word parts. Offsets are
 * UTF-16 positions in `text`, for highlighting.
 */
export function forEachTerm(text: string, visit: TermVisitor): void {
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const raw = match[0]
    const term = normalizeWord(raw)
    const start = match.index
    visit(term, start, start + term.length, false)
    if (/[@*_.=]/.test(term) && /[\p{L}\p{N}]/u.test(term))
      visitParts(term, start, visit, new Set())
  }
}

/** The primary terms of `text` in order (no word parts): what a phrase is compared on. */
export function primaryTerms(text: string): string[] {
  const terms: string[] = []
  forEachTerm(text, (term, _start, _end, part) => {
    if (!part) terms.push(term)
  })
  return terms
}

/** The word parts of one symbol term (`**kwargs` → `kwargs`), empty for a plain word. */
export function termParts(term: string): string[] {
  const parts: string[] = []
  if (/[@*_.=]/.test(term) && /[\p{L}\p{N}]/u.test(term))
    visitParts(term, 0, (part) => parts.push(part), new Set())
  return parts
}
