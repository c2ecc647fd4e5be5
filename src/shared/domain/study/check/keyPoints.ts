/**
 * The key points of one reference answer: what an interviewer listens for. Code identifiers
 * (inline code, and names defined or called in code blocks) and the distinctive phrases of the
 * prose, found as runs of content words between stop words and punctuation (RAKE's candidate
 * rule: "reference counting", "only one thread" → "one thread", `select_related`).
 */
import lunr from 'lunr'
import { primaryTerms } from '../../search/tokenize'

/** One thing the answer should mention. */
export interface KeyPoint {
  /** As written in the reference (for display and highlighting). */
  text: string
  kind: 'code' | 'phrase'
  /** Normalised words that must all be found (see normalWord). */
  words: string[]
  /** Offset in the reference markdown of the first occurrence: [start, end). */
  start: number
  end: number
}

/** A reference this long yields at most this many points (a long answer gives more). */
const MAX_POINTS = 12
const MAX_PHRASE_WORDS = 3
/** Names taken from one code block. */
const MAX_BLOCK_NAMES = 4

// Filler of explanations beyond lunr's stop words: true in every answer, so no point.
const FILLER = new Set(
  (
    'use uses used using usage allow allows allowed example examples eg e.g etc python pythons ' +
    'also can cannot doesn don isn aren won t s make makes made way ways thing things called ' +
    'provide provides helps help need needs needed create creates work works one-time mean ' +
    'means instead within without via per each etc basically simply just something someone ' +
    'include includes including such yes no check checks checked track tracks determine ' +
    'determines control controls handle handles handled enable enables modify modifies take ' +
    'takes refer refers support supports define defines ensure ensures read reads return ' +
    'returns returned execute executes executed based pass passing passed treat treated ' +
    'behave behaves another others specific shared etc'
  ).split(' ')
)
// Words too general to be a point on their own (they still count inside a phrase).
const GENERIC = new Set(
  (
    'time code object objects class classes function functions method methods module modules ' +
    'file files data value values variable variables run runs program programs programming ' +
    'line lines order type types concept mechanism components instance instances thing ' +
    'operations operation tool tools process processes result results first'
  ).split(' ')
)
// Python words in every snippet: naming them in an answer shows nothing.
const COMMON_CODE = new Set(
  (
    'def class return import from self cls print if else elif for while in is not and or ' +
    'none true false pass lambda try except finally raise with as yield len range str int ' +
    'list dict set tuple object super init args kwargs x y i a b n obj value result data'
  ).split(' ')
)

const WORD = /[\p{L}\p{N}_]+(?:[-/'’][\p{L}\p{N}_]+)*/gu
const BREAK = /[.,;:!?()[\]{}"“”—–|<>]|\s-\s|\n/

/** Lower case, hyphens and slashes joined ("multi-threading" → "multithreading"). */
export function normalWord(raw: string): string {
  const lower = raw.toLowerCase()
  const quote = lower.search(/['’]/)
  return (quote < 0 ? lower : lower.slice(0, quote)).replace(/[-/]/g, '')
}

function isStop(word: string): boolean {
  return FILLER.has(word) || !lunr.stopWordFilter(new lunr.Token(word, {}))
}

interface Span {
  start: number
  end: number
}

/** Code spans and blocks of a markdown text, in order. */
function codeSpans(markdown: string): Array<Span & { block: boolean; body: string }> {
  const out: Array<Span & { block: boolean; body: string }> = []
  const fence = /^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)(?:\n\1[^\n]*|$(?![\s\S]))/gm
  for (let m = fence.exec(markdown); m; m = fence.exec(markdown))
    out.push({ start: m.index, end: m.index + m[0].length, block: true, body: m[2] ?? '' })
  const inline = /(`+)([^`\n]+?)\1/g
  for (let m = inline.exec(markdown); m; m = inline.exec(markdown)) {
    const at = m.index
    if (out.some((s) => s.block && at >= s.start && at < s.end)) continue
    out.push({ start: at, end: at + m[0].length, block: false, body: m[2]!.trim() })
  }
  return out.sort((a, b) => a.start - b.start)
}

/**
 * Names worth saying from a code block: dunders, decorators and library calls
 * (`copy.deepcopy(`). The example's own names (`my_function`, `Parent`) are not points.
 */
function codeNames(body: string): string[] {
  const names: string[] = []
  const shape = /(@[A-Za-z_][\w.]*)|([A-Za-z_]\w*\.[A-Za-z_][\w.]*)\s*\(|(__\w+__)/g
  for (let m = shape.exec(body); m; m = shape.exec(body)) {
    const name = (m[1] ?? m[2] ?? m[3])!
    const last = name.split('.').pop()!.toLowerCase()
    if (COMMON_CODE.has(last) || last.length < 3 || names.includes(name)) continue
    if (/^(self|cls|obj)\./.test(name)) continue
    names.push(name)
    if (names.length === MAX_BLOCK_NAMES) break
  }
  return names
}

function codePoint(text: string, start: number): KeyPoint | null {
  const words = primaryTerms(text)
  if (words.length === 0 || words.length > 4 || text.length > 40) return null
  if (words.length === 1 && COMMON_CODE.has(words[0]!) && words[0] !== 'is') return null
  return { text, kind: 'code', words, start, end: start + text.length }
}

/** Runs of content words of the prose (code blanked out), at most three words each. */
function phraseCandidates(prose: string): KeyPoint[] {
  const out: KeyPoint[] = []
  let run: Array<{ word: string; start: number; end: number }> = []
  const flush = () => {
    for (let i = 0; i < run.length; i += MAX_PHRASE_WORDS) {
      const part = run.slice(i, i + MAX_PHRASE_WORDS)
      const start = part[0]!.start
      const end = part[part.length - 1]!.end
      const words = part.map((w) => w.word)
      const [only] = words
      if (words.length === 1 && (only!.length < 3 || /^\d+$/.test(only!) || GENERIC.has(only!)))
        continue
      out.push({ text: prose.slice(start, end), kind: 'phrase', words, start, end })
    }
    run = []
  }
  let last = 0
  WORD.lastIndex = 0
  for (let m = WORD.exec(prose); m; m = WORD.exec(prose)) {
    if (BREAK.test(prose.slice(last, m.index))) flush()
    last = m.index + m[0].length
    const word = normalWord(m[0])
    if (isStop(word) || isStop(m[0].toLowerCase())) flush()
    else run.push({ word, start: m.index, end: last })
  }
  flush()
  return out
}

/** The key points of one reference answer, code first, then phrases in reading order. */
export function keyPoints(markdown: string): KeyPoint[] {
  const spans = codeSpans(markdown)
  const points: KeyPoint[] = []
  const seen = new Set<string>()
  const add = (point: KeyPoint | null) => {
    const key = point?.words.join(' ')
    if (!point || !key || seen.has(key) || points.length === MAX_POINTS) return
    seen.add(key)
    points.push(point)
  }
  let prose = ''
  let at = 0
  for (const span of spans) {
    prose += markdown.slice(at, span.start) + ' '.repeat(span.end - span.start)
    at = span.end
    if (!span.block)
      add(codePoint(span.body, span.start + markdown.slice(span.start).indexOf(span.body)))
    else
      for (const name of codeNames(span.body))
        add(codePoint(name, span.start + markdown.slice(span.start).indexOf(name)))
  }
  prose += markdown.slice(at)
  // Markdown markup between words ("**GIL**", "- item") is not a word and not a break.
  for (const phrase of phraseCandidates(prose.replace(/[*_#>]/g, ' '))) add(phrase)
  return points
}
