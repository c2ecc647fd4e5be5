/**
 * A statement given in several languages, one line each behind a language tag, as bilingual
 * course material writes it:
 *   **EN:** What does SQL stand for?
 *   **TH:** SQL ย่อมาจากอะไร?
 * The lines are one prompt (both wordings, tags dropped). Only consecutive lines whose tags are
 * different language codes count, so a lone `EN:` line or a `QA: …` remark is left alone.
 */

import type { Doc } from './scanLines'

// ISO 639-1 codes (and the usual region spellings) seen as tags; upper case only.
const LANGUAGE_CODES = new Set(
  (
    'EN FR DE ES IT PT RU UK PL CS SK NL TR AR FA HE HI BN UR TA ZH CN TW HK JA JP KO KR VI ID MS TH EL HU RO ' +
    'SR HR BS SL BG MK SV NO NB DA FI ET LV LT AZ UZ KK KA HY SQ BR'
  ).split(' ')
)

const TAGGED = /^(?:\*\*|__)?([A-Z]{2})(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]+(\S.*)$/
// How many wordings one statement may have.
const MAX_WORDINGS = 4

function tagged(text: string): { code: string; rest: string } | null {
  const m = TAGGED.exec(text)
  if (!m || !m[1] || !m[2] || !LANGUAGE_CODES.has(m[1])) return null
  return { code: m[1], rest: m[2] }
}

/**
 * The statement starting on line `k` when it is written in two or more languages on tagged
 * lines: the wordings joined, and the line after them; else null.
 */
export function taggedStatement(doc: Doc, k: number): { text: string; next: number } | null {
  const first = doc.lines[k]
  const head = first && !first.code ? tagged(first.text) : null
  if (!head) return null
  const codes = new Set([head.code])
  const parts = [head.rest]
  let j = k + 1
  for (; j < doc.lines.length && parts.length < MAX_WORDINGS; j++) {
    const line = doc.lines[j]!
    const t = line.blank || line.code ? null : tagged(line.text)
    if (!t || codes.has(t.code)) break
    codes.add(t.code)
    parts.push(t.rest)
  }
  return parts.length >= 2 ? { text: parts.join(' '), next: j } : null
}
