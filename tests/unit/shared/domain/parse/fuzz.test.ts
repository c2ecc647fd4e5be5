/**
 * Property tests: any string parses without throwing, and every item points at a real,
 * non-blank line of the document. The unguarded block parser is checked too, so the
 * try/catch in `parseDocument` cannot hide a bug.
 */

import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DocumentError } from '../../../../../src/shared/domain/errors'
import {
  decodeDocument,
  parseBlocks,
  parseDocument,
  scanDocument,
  splitLines
} from '../../../../../src/shared/domain/parse'
import type { ParsedItem } from '../../../../../src/shared/domain/types'
import { SEEDS_DIR } from './seedHelpers'

const SEED_LINES = readdirSync(SEEDS_DIR).map((f) =>
  splitLines(readFileSync(join(SEEDS_DIR, f), 'utf8'))
)

// Fragments that exercise every recogniser, glued into random documents.
const FRAGMENTS = [
  '',
  ' ',
  '\t',
  '    ',
  '#',
  '## ',
  '### 1. ',
  '#### **',
  '**',
  '1. ',
  '12) ',
  '- ',
  '* ',
  '+ ',
  '[x] ',
  '[ ] ',
  'Q. ',
  'Q: ',
  'R. ',
  'Ans- ',
  'Answer:',
  'A: ',
  '=> ',
  '```',
  '```python',
  '~~~',
  '<details>',
  '<summary>Answer</summary>',
  '</details>',
  '----',
  '====',
  '____',
  '*****DJANGO:*****',
  '25/04/2018',
  'https://example.com/a?b=1',
  'What is X?',
  'Explain Y.',
  'getattr, hasattr',
  'Here are the answers:',
  'Let me know if you need more!',
  '?',
  '(',
  ')',
  'rarely ask',
  '38.',
  '\u00a0',
  '\uFEFF',
  '\r',
  '\r\n',
  '\n',
  '|',
  '>',
  '<pre><code>',
  '</code></pre>',
  'é',
  '😀'
]

const fragmentDoc = fc
  .array(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 }), { maxLength: 60 })
  .map((lines) => lines.map((parts) => parts.join('')).join('\n'))

// Plain checks, one assertion per document: thousands of `expect` calls per run are slow.
function problemsIn(text: string, items: ParsedItem[]): string[] {
  const lines = splitLines(text)
  const problems: string[] = []
  for (const item of items) {
    const at = `${JSON.stringify(item.prompt)} @${item.source.line}`
    const line = lines[item.source.line - 1]
    if (!Number.isInteger(item.source.line) || line === undefined)
      problems.push(`${at}: no such line`)
    else if (line.trim() === '') problems.push(`${at}: blank line`)
    if (item.prompt.trim() === '') problems.push(`${at}: empty prompt`)
    if (item.kind !== 'question' && item.kind !== 'topic') problems.push(`${at}: kind ${item.kind}`)
    if (item.checked !== true && item.checked !== false && item.checked !== null) {
      problems.push(`${at}: checked ${String(item.checked)}`)
    }
    if (item.answer !== null && item.answer.trim() === '') problems.push(`${at}: blank answer`)
    if (item.links.some((l) => !/^https?:\/\//.test(l))) problems.push(`${at}: bad link`)
  }
  return problems
}

function checkItems(text: string, items: ParsedItem[]): void {
  const problems = problemsIn(text, items)
  if (problems.length > 0) expect(problems).toEqual([])
}

function checkParses(text: string): void {
  checkItems(text, parseDocument(text, 'fuzz.md'))
  // The unguarded path must not throw either.
  checkItems(
    text.replace(/^\uFEFF/, ''),
    parseBlocks(scanDocument(text.replace(/^\uFEFF/, '')), 'fuzz.md')
  )
}

type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'indent'; at: number; prefix: string }
  | { op: 'insert'; at: number; line: string }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({
    op: fc.constant('indent' as const),
    at: fc.nat(),
    prefix: fc.constantFrom(' ', '  ', '   ', '    ', '\t', '\t\t', '        ')
  }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    line: fc.constantFrom(...FRAGMENTS)
  })
)

function mutate(lines: readonly string[], mutations: readonly Mutation[]): string {
  const out = [...lines]
  for (const m of mutations) {
    if (out.length === 0) break
    const at = m.at % out.length
    if (m.op === 'delete') out.splice(at, 1)
    else if (m.op === 'duplicate') out.splice(at, 0, out[at]!)
    else if (m.op === 'swap') {
      const other = m.with % out.length
      ;[out[at], out[other]] = [out[other]!, out[at]!]
    } else if (m.op === 'indent') out[at] = m.prefix + out[at]
    else out.splice(at, 0, m.line)
  }
  return out.join('\n')
}

describe('parse fuzz', () => {
  it('never throws on random unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkParses), {
      numRuns: 300
    })
  })

  it('never throws on documents glued from format fragments', () => {
    fc.assert(fc.property(fragmentDoc, checkParses), { numRuns: 400 })
  })

  it('never throws on mutated seeds (deleted, duplicated, swapped, re-indented lines)', () => {
    const seedIndex = fc.nat({ max: SEED_LINES.length - 1 })
    fc.assert(
      fc.property(seedIndex, fc.array(mutation, { minLength: 1, maxLength: 40 }), (s, ms) => {
        checkParses(mutate(SEED_LINES[s]!, ms))
      }),
      { numRuns: 150 }
    )
  })

  it('never throws on shuffled seed lines', () => {
    const seedIndex = fc.nat({ max: SEED_LINES.length - 1 })
    fc.assert(
      fc.property(seedIndex, fc.integer(), (s, seed) => {
        const lines = [...SEED_LINES[s]!]
        let x = seed >>> 0 || 1
        for (let i = lines.length - 1; i > 0; i--) {
          x = (x * 1103515245 + 12345) >>> 0
          const j = x % (i + 1)
          ;[lines[i], lines[j]] = [lines[j]!, lines[i]!]
        }
        checkParses(lines.join('\n'))
      }),
      { numRuns: 40 }
    )
  })

  it('decodes random bytes or throws a DocumentError, and parses what it decodes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        let text: string
        try {
          text = decodeDocument(bytes, 'random.bin')
        } catch (e) {
          expect(e).toBeInstanceOf(DocumentError)
          return
        }
        checkParses(text)
      }),
      { numRuns: 400 }
    )
  })

  it('decodes seed bytes behind random BOMs and line endings', () => {
    const boms = [[], [0xef, 0xbb, 0xbf]]
    fc.assert(
      fc.property(
        fc.nat({ max: SEED_LINES.length - 1 }),
        fc.constantFrom(0, 1),
        fc.constantFrom('\n', '\r\n', '\r'),
        (s, b, eol) => {
          const body = new TextEncoder().encode(SEED_LINES[s]!.join(eol))
          const text = decodeDocument(new Uint8Array([...boms[b]!, ...body]), 'seed.txt')
          expect(text).not.toMatch(/\r|^\uFEFF/)
          checkParses(text)
        }
      ),
      { numRuns: 30 }
    )
  })
})
