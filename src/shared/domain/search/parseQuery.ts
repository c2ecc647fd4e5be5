/**
 * The power syntax of the search box: `+must`, `-exclude`, `field:term` (prompt, answer, mine,
 * section, tag) and `"quoted phrases"`. It never throws: malformed input (`foo:`, `*`, `~`, a
 * lone quote) becomes a plain search over the words that are there, flagged `fallback`.
 */
import { primaryTerms } from './tokenize'

export type Presence = 'should' | 'must' | 'not'
export const QUERY_FIELDS = ['prompt', 'answer', 'mine', 'section', 'tag'] as const
export type QueryField = (typeof QUERY_FIELDS)[number]

const FIELD_ALIASES: Record<string, QueryField> = {
  prompt: 'prompt',
  question: 'prompt',
  answer: 'answer',
  answers: 'answer',
  mine: 'mine',
  note: 'mine',
  section: 'section',
  tag: 'tag',
  tags: 'tag'
}

/** One unit of the query: a word, or a phrase whose words must appear in order. */
export interface QueryClause {
  presence: Presence
  /** Restricts the clause to one field; null searches every field. */
  field: QueryField | null
  /** Normalised terms; one or more for a phrase. */
  terms: string[]
  /** Quoted: the terms must occur in order, adjacent and as written (no parts, stems, typos). */
  phrase: boolean
  /** The word is still being typed (or ends in `*`): complete it as a prefix. */
  typing: boolean
}

export interface ParsedQuery {
  clauses: QueryClause[]
  /** The power syntax was malformed and the query was read as plain words. */
  fallback: boolean
}

class Malformed extends Error {}

/** Parses the search box text. Never throws. */
export function parseQuery(text: string): ParsedQuery {
  try {
    return { clauses: parseStrict(text), fallback: false }
  } catch (error) {
    if (!(error instanceof Malformed)) throw error
    return { clauses: plainClauses(text), fallback: true }
  }
}

/** Every word of `text` as an optional clause, ignoring all syntax. */
function plainClauses(text: string): QueryClause[] {
  const terms = primaryTerms(text)
  const typing = !/\s$/.test(text)
  return terms.map((term, i) => ({
    presence: 'should',
    field: null,
    terms: [term],
    phrase: false,
    typing: typing && i === terms.length - 1
  }))
}

function parseStrict(text: string): QueryClause[] {
  const clauses: QueryClause[] = []
  let at = 0
  while (at < text.length) {
    if (/\s/.test(text[at]!)) {
      at++
      continue
    }
    let presence: Presence = 'should'
    const sign = text[at]
    if ((sign === '+' || sign === '-') && at + 1 < text.length && /[^\s=+-]/.test(text[at + 1]!)) {
      presence = sign === '+' ? 'must' : 'not'
      at++
    }
    let field: QueryField | null = null
    const named = /^([A-Za-z]+):/.exec(text.slice(at))
    const alias = named ? FIELD_ALIASES[named[1]!.toLowerCase()] : undefined
    if (named) {
      const rest = text[at + named[0].length]
      if (rest === undefined || /\s/.test(rest)) throw new Malformed('empty field term')
      if (alias) {
        field = alias
        at += named[0].length
      }
    }
    if (text[at] === '"') {
      const close = text.indexOf('"', at + 1)
      if (close < 0) throw new Malformed('unclosed quote')
      const terms = primaryTerms(text.slice(at + 1, close))
      if (terms.length === 0) throw new Malformed('empty phrase')
      // Quoted text is matched as written, even one word: `"select_related"` must not match
      // `related_name` through the word parts a bare symbol expands to.
      clauses.push({ presence, field, terms, phrase: true, typing: false })
      at = close + 1
      continue
    }
    const end = text.slice(at).search(/\s|"/)
    const word = end < 0 ? text.slice(at) : text.slice(at, at + end)
    at += word.length
    if (word.includes('"')) throw new Malformed('quote inside a word')
    // lunr-style suffixes: `gen*` asks for completion; `~1` and `^2` are accepted and ignored.
    const explicitPrefix = /\p{L}\*$/u.test(word)
    const bare = word.replace(/(?:~\d*|\^\d+)$/, '').replace(/(?<=\p{L})\*$/u, '')
    const terms = primaryTerms(bare)
    if (terms.length === 0) throw new Malformed(`nothing to search in '${word}'`)
    const last = at >= text.length
    for (const [i, term] of terms.entries()) {
      const final = i === terms.length - 1
      const typing = presence !== 'not' && final && (explicitPrefix || last)
      clauses.push({ presence, field, terms: [term], phrase: false, typing })
    }
  }
  return clauses
}
