/**
 * "Check my answer": which key points of each reference answer my answer covers, matched
 * through the same stemming, one-edit typos and aliases as search. It informs the grade and
 * never grades: the figures are shares of points, not a verdict.
 */
import lunr from 'lunr'
import { AliasTable, SHIPPED_ALIASES, type AliasGroup } from '../../search/aliases/aliasTable'
import { primaryTerms } from '../../search/tokenize'
import { withinEdits } from '../../search/withinEdits'
import type { ReferenceAnswer, SourceRef } from '../../types'
import { keyPoints, normalWord, type KeyPoint } from './keyPoints'

/** How a point was found in the answer. */
export type MatchKind = 'exact' | 'stem' | 'typo' | 'alias'

export interface CheckedPoint extends KeyPoint {
  covered: boolean
  /** The weakest match among the point's words, when covered. */
  via: MatchKind | null
}

export interface ReferenceCheck {
  /** Position of the reference among the question's answers. */
  index: number
  source: SourceRef
  points: CheckedPoint[]
  /** Share of the points covered, 0..1; null when the reference yields no points. */
  coverage: number | null
}

export interface AnswerCheck {
  /** `no-reference`: nothing to compare with; `empty`: nothing written yet. */
  status: 'checked' | 'no-reference' | 'empty'
  references: ReferenceCheck[]
  /** Share of the distinct points of all references covered, 0..1 (null if none). */
  overall: number | null
  covered: number
  total: number
}

const MIN_TYPO_LENGTH = 5
const RANK: Record<MatchKind, number> = { exact: 0, stem: 1, typo: 2, alias: 3 }

let shippedTable: AliasTable | null = null

const stems = new Map<string, string>()

/** lunr's stem of a plain word (cached: the same words recur in every keystroke's check). */
function stem(word: string): string {
  let stemmed = stems.get(word)
  if (stemmed === undefined) {
    stemmed = /^\p{L}{3,}$/u.test(word) ? lunr.stemmer(new lunr.Token(word, {})).toString() : word
    if (stems.size > 20_000) stems.clear()
    stems.set(word, stemmed)
  }
  return stemmed
}

/** The answer's words in every form a point may be matched on. */
class AnswerWords {
  readonly words = new Set<string>()
  readonly stems = new Set<string>()
  /** Search terms (symbols as written, their parts), for code points and aliases. */
  readonly terms = new Set<string>()
  /** Words of MIN_TYPO_LENGTH letters or more, by length, for one-edit lookups. */
  private readonly byLength = new Map<number, string[]>()
  /** The text in lower case with runs of space folded, for code written as a whole. */
  readonly flat: string

  constructor(text: string) {
    this.flat = text.toLowerCase().replace(/\s+/g, ' ')
    const raw = text.match(/[\p{L}\p{N}_]+(?:[-/'’][\p{L}\p{N}_]+)*/gu) ?? []
    let previous = ''
    for (const token of raw) {
      const word = normalWord(token)
      if (!this.words.has(word)) {
        this.words.add(word)
        this.stems.add(stem(word))
      }
      // "CPU bound" matches "cpu-bound", as the hyphenated form matches "cpubound".
      if (previous) this.words.add(previous + word)
      previous = word
    }
    for (const term of primaryTerms(text)) this.terms.add(term)
    for (const word of this.words) {
      if (word.length < MIN_TYPO_LENGTH) continue
      const list = this.byLength.get(word.length) ?? []
      list.push(word)
      this.byLength.set(word.length, list)
    }
  }

  /** How `word` (normalised) occurs in the answer, or null. */
  find(word: string): MatchKind | null {
    if (this.words.has(word) || this.terms.has(word)) return 'exact'
    if (this.stems.has(stem(word))) return 'stem'
    if (word.length >= MIN_TYPO_LENGTH)
      for (let length = word.length - 1; length <= word.length + 1; length++)
        if (this.byLength.get(length)?.some((w) => withinEdits(w, word, 1))) return 'typo'
    return null
  }

  /** True when every term of one alias name occurs (by stem). */
  hasName(terms: readonly string[]): boolean {
    return terms.every((term) => this.find(normalWord(term)) !== null || this.terms.has(term))
  }
}

/** The weaker of two matches. */
function weaker(a: MatchKind, b: MatchKind): MatchKind {
  return RANK[a] >= RANK[b] ? a : b
}

function viaAlias(aliases: AliasTable, terms: string[], answer: AnswerWords): boolean {
  return aliases
    .matches(terms)
    .some((match) => match.alternatives.some((alternative) => answer.hasName(alternative)))
}

function checkPoint(point: KeyPoint, answer: AnswerWords, aliases: AliasTable): CheckedPoint {
  if (point.kind === 'code') {
    // Several-term code (`is-a`, `help(ClassName)`) must be written as such, not word by word.
    const written = point.text.toLowerCase().replace(/\(\)$/, '')
    const found =
      (point.words.length === 1 && answer.terms.has(point.words[0]!)) ||
      answer.flat.includes(written)
    if (found) return { ...point, covered: true, via: 'exact' }
    if (viaAlias(aliases, primaryTerms(point.text), answer))
      return { ...point, covered: true, via: 'alias' }
  }
  // The whole phrase may have another name ("reference counting" ↔ "refcount").
  if (point.kind === 'phrase' && viaAlias(aliases, primaryTerms(point.text), answer))
    return { ...point, covered: true, via: 'alias' }
  let via: MatchKind = 'exact'
  // A three-word phrase may lose one word in paraphrase ("limits CPU-bound threads").
  let spare = point.words.length >= 3 ? 1 : 0
  for (const word of point.words) {
    const kind = answer.find(word) ?? (viaAlias(aliases, [word], answer) ? 'alias' : null)
    if (kind) via = weaker(via, kind)
    else if (spare-- <= 0) return { ...point, covered: false, via: null }
  }
  return { ...point, covered: true, via }
}

/** Points per reference, cached: references do not change while the user types. */
const pointCache = new Map<string, KeyPoint[]>()

function pointsOf(markdown: string): KeyPoint[] {
  let points = pointCache.get(markdown)
  if (!points) {
    points = keyPoints(markdown)
    if (pointCache.size > 500) pointCache.clear()
    pointCache.set(markdown, points)
  }
  return points
}

/** The shipped aliases plus the user's own. */
export function checkAliases(user: readonly AliasGroup[] = []): AliasTable {
  if (user.length > 0) return AliasTable.withUserGroups(user)
  return (shippedTable ??= new AliasTable(SHIPPED_ALIASES))
}

export interface CheckOptions {
  /** The question: points that only repeat it ("closure" for "Explain closures") don't count. */
  prompt?: string
  aliases?: AliasTable
}

/** The points of a reference that say more than the question itself. */
function pointsBeyond(points: KeyPoint[], prompt: string): KeyPoint[] {
  if (!prompt) return points
  const asked = new AnswerWords(prompt)
  const beyond = points.filter((point) => !point.words.every((word) => asked.find(word)))
  // A reference that only restates the question still has something to compare.
  return beyond.length > 0 ? beyond : points
}

/** Compares `answer` (Markdown or plain text) with every reference answer of a question. */
export function checkAnswer(
  answer: string,
  references: readonly ReferenceAnswer[],
  options: CheckOptions = {}
): AnswerCheck {
  const aliases = options.aliases ?? checkAliases()
  const withText = references
    .map((ref, index) => ({ ...ref, index }))
    .filter((ref) => ref.markdown.trim() !== '')
  if (withText.length === 0)
    return { status: 'no-reference', references: [], overall: null, covered: 0, total: 0 }
  const words = new AnswerWords(answer)
  const checked = withText.map((ref): ReferenceCheck => {
    const points = pointsBeyond(pointsOf(ref.markdown), options.prompt ?? '').map((point) =>
      checkPoint(point, words, aliases)
    )
    const covered = points.filter((point) => point.covered).length
    return {
      index: ref.index,
      source: ref.source,
      points,
      coverage: points.length ? covered / points.length : null
    }
  })
  // Overall: the distinct points of all references (merged duplicates repeat some).
  const distinct = new Map<string, boolean>()
  for (const ref of checked)
    for (const point of ref.points) {
      const key = point.words.map(stem).join(' ')
      distinct.set(key, (distinct.get(key) ?? false) || point.covered)
    }
  const total = distinct.size
  const covered = [...distinct.values()].filter(Boolean).length
  return {
    status: answer.trim() === '' ? 'empty' : 'checked',
    references: checked,
    overall: total ? covered / total : null,
    covered,
    total
  }
}
