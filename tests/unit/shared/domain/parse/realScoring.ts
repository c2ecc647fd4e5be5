/**
 * Scores parsed items against a hand-made expected list (the `real/` fixtures): predicted
 * items are matched one-to-one to expected ones by prompt (normalised equality or high token
 * similarity, order-preserving first), then recall, precision and answer agreement are counted.
 */

import type { ParsedItem } from '../../../../../src/shared/domain/types'

/** One snippet set an expected answer must satisfy; null means "the document gives none". */
export interface ExpectedAnswer {
  starts?: string
  ends?: string
  contains?: string[]
}

export interface ExpectedItem {
  prompt: string
  kind: 'question' | 'topic'
  answer: ExpectedAnswer | null
  note?: string
}

export interface DocumentScore {
  expected: number
  predicted: number
  matched: number
  /** Matched pairs whose answer satisfies the expectation. */
  answersAgreed: number
  kindsAgreed: number
  missed: string[]
  extra: string[]
  wrongAnswers: { prompt: string; why: string }[]
}

// Case, spacing and Markdown/HTML markup do not count: the annotators copied plain text.
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[ \t]*(?:`{3,}|~{3,}).*$/gm, ' ')
    .replace(/<[^>\n]{0,200}>/g, ' ')
    .replace(/^[ \t]*(?:#{1,6}|>+|[-*+]|\d{1,4}[.)])[ \t]+/gm, ' ')
    .replace(/\[[ x]\]/g, ' ')
    .replace(/[*`|\\]/g, '')
    .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
    .replace(/[：]/g, ':')
    .replace(/[？]/g, '?')
    .replace(/\s+/g, ' ')
    .trim()
}

// Edges without punctuation, so `starts`/`ends` tolerate a colon or full stop either side.
function trimEdges(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
}

function tokens(text: string): string[] {
  const t = normaliseText(text)
  // Han, kana and Hangul are written without spaces: each character is a token.
  return t
    .replace(/([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu, ' $1 ')
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean)
}

/** Dice coefficient over token multisets, 0…1. */
export function promptSimilarity(a: string, b: string): number {
  const na = trimEdges(normaliseText(a))
  const nb = trimEdges(normaliseText(b))
  if (na === nb) return 1
  const ta = tokens(a)
  const tb = tokens(b)
  if (ta.length === 0 || tb.length === 0) return 0
  const counts = new Map<string, number>()
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1)
  let common = 0
  for (const t of tb) {
    const c = counts.get(t) ?? 0
    if (c > 0) {
      common++
      counts.set(t, c - 1)
    }
  }
  return (2 * common) / (ta.length + tb.length)
}

const MATCH_THRESHOLD = 0.8

/** Why a predicted answer does not satisfy the expected one, or null when it does. */
export function answerMismatch(
  expected: ExpectedAnswer | null,
  actual: string | null
): string | null {
  // Annotators copied either a link's text or the link as written: both readings count.
  if (actual !== null && actual.includes('](')) {
    const linkText = actual.replace(/\[([^\][]*)\]\([^()\s]*\)/g, '$1')
    if (answerMismatchOf(expected, linkText) === null) return null
  }
  return answerMismatchOf(expected, actual)
}

function answerMismatchOf(expected: ExpectedAnswer | null, actual: string | null): string | null {
  const got = actual === null ? '' : normaliseText(actual)
  if (expected === null) return got === '' ? null : `expected no answer, got "${got.slice(0, 60)}"`
  if (got === '') return 'no answer'
  const edge = trimEdges(got)
  if (expected.starts !== undefined && !edge.startsWith(trimEdges(normaliseText(expected.starts))))
    return `does not start with "${expected.starts}" (starts "${got.slice(0, 60)}")`
  if (expected.ends !== undefined && !edge.endsWith(trimEdges(normaliseText(expected.ends))))
    return `does not end with "${expected.ends}" (ends "${got.slice(-60)}")`
  for (const snippet of expected.contains ?? []) {
    if (!got.includes(trimEdges(normaliseText(snippet)))) return `does not contain "${snippet}"`
  }
  return null
}

/**
 * Pairs expected with predicted items: an order-preserving alignment maximising the number of
 * pairs (ties broken by similarity), then any leftover pairs out of order.
 */
export function matchItems(
  expected: readonly ExpectedItem[],
  predicted: readonly ParsedItem[]
): Array<[number, number]> {
  const E = expected.length
  const P = predicted.length
  const sim = expected.map((e) => predicted.map((p) => promptSimilarity(e.prompt, p.prompt)))
  const score = new Float64Array((E + 1) * (P + 1))
  const at = (i: number, j: number): number => i * (P + 1) + j
  for (let i = 1; i <= E; i++) {
    for (let j = 1; j <= P; j++) {
      let best = Math.max(score[at(i - 1, j)]!, score[at(i, j - 1)]!)
      const s = sim[i - 1]![j - 1]!
      if (s >= MATCH_THRESHOLD) best = Math.max(best, score[at(i - 1, j - 1)]! + 1 + s / 1000)
      score[at(i, j)] = best
    }
  }
  const pairs: Array<[number, number]> = []
  for (let i = E, j = P; i > 0 && j > 0;) {
    const s = sim[i - 1]![j - 1]!
    if (s >= MATCH_THRESHOLD && score[at(i, j)] === score[at(i - 1, j - 1)]! + 1 + s / 1000) {
      pairs.push([i - 1, j - 1])
      i--
      j--
    } else if (score[at(i, j)] === score[at(i - 1, j)]) i--
    else j--
  }
  pairs.reverse()
  const usedE = new Set(pairs.map((p) => p[0]))
  const usedP = new Set(pairs.map((p) => p[1]))
  for (let i = 0; i < E; i++) {
    if (usedE.has(i)) continue
    let bestJ = -1
    for (let j = 0; j < P; j++) {
      if (usedP.has(j) || sim[i]![j]! < MATCH_THRESHOLD) continue
      if (bestJ < 0 || sim[i]![j]! > sim[i]![bestJ]!) bestJ = j
    }
    if (bestJ >= 0) {
      pairs.push([i, bestJ])
      usedP.add(bestJ)
    }
  }
  return pairs
}

/** Scores one document's predicted items against its expected list. */
export function scoreDocument(
  expected: readonly ExpectedItem[],
  predicted: readonly ParsedItem[]
): DocumentScore {
  const pairs = matchItems(expected, predicted)
  const matchedE = new Set(pairs.map((p) => p[0]))
  const matchedP = new Set(pairs.map((p) => p[1]))
  let answersAgreed = 0
  let kindsAgreed = 0
  const wrongAnswers: DocumentScore['wrongAnswers'] = []
  for (const [i, j] of pairs) {
    const e = expected[i]!
    const p = predicted[j]!
    if (e.kind === p.kind) kindsAgreed++
    const why = answerMismatch(e.answer, p.answer)
    if (why === null) answersAgreed++
    else wrongAnswers.push({ prompt: e.prompt, why })
  }
  return {
    expected: expected.length,
    predicted: predicted.length,
    matched: pairs.length,
    answersAgreed,
    kindsAgreed,
    missed: expected.filter((_, i) => !matchedE.has(i)).map((e) => e.prompt),
    extra: predicted.filter((_, j) => !matchedP.has(j)).map((p) => p.prompt),
    wrongAnswers
  }
}
