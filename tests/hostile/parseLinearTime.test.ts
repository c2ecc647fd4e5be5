/**
 * Hostile inputs for the parser: every shape that once made a regular expression backtrack
 * (runs of `<summary`, `<div`, spaces after a `Q`, tabs after a `?`, dots in a URL…) must parse
 * in time linear in its size. Each input is generated at 100 KB and at 1 MB; the larger must
 * take about ten times as long, not a hundred. Timings are the best of a few runs, so a busy
 * machine does not fail the check. Absolute speed (1 MB under a second) is in `npm run bench`.
 */

import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/shared/domain/parse'

const KB = 1024
const SMALL = 100 * KB
const LARGE = 1024 * KB
// Linear is 10; quadratic would be ~100. Generous for a noisy 2-core machine.
const MAX_RATIO = 30
const RUNS = 2

/** `unit` repeated to about `size` characters, between `head` and `tail`. */
function fill(head: string, unit: string, size: number, tail = ''): string {
  return head + unit.repeat(Math.max(1, Math.floor(size / unit.length))) + tail
}

const REAL_DIR = resolve(__dirname, '../fixtures/documents/real')

// A realistic mixture: the real fixtures one after another, repeated to the size.
function realMixture(size: number): string {
  const parts: string[] = []
  for (const slug of readdirSync(REAL_DIR).sort()) {
    for (const name of ['input.md', 'input.txt']) {
      try {
        parts.push(readFileSync(join(REAL_DIR, slug, name), 'latin1'))
      } catch {
        // Each fixture has one of the two.
      }
    }
  }
  const all = parts.join('\n\n')
  return fill('', all, size).slice(0, size)
}

const CASES: Array<[string, string, (size: number) => string]> = [
  ['Ans- then <summary × N (one line)', 'notes.txt', (n) => fill('Q. What?\nAns- ', '<summary', n)],
  ['<div × N', 'notes.md', (n) => fill('1. What is X?\n   ', '<div', n)],
  [
    '<details><summary> then <summary × N',
    'notes.md',
    (n) => fill('<details>\n<summary>', '<summary', n)
  ],
  [
    '</pre> after a long run of spaces',
    'notes.md',
    (n) => fill('Q: What?\nA: <pre>x', ' ', n, 'y</pre>')
  ],
  ['Q then spaces', 'notes.txt', (n) => fill('Q', ' ', n, 'x')],
  ['q then spaces over a setext underline', 'notes.md', (n) => fill('q', ' ', n, 'x\n---')],
  ['### Q then spaces', 'notes.md', (n) => fill('### Q', ' ', n, '1')],
  ['URL with a long run of dots', 'notes.md', (n) => fill('- see https://x.io/', '._', n, 'a')],
  ['? then tabs', 'notes.txt', (n) => fill('What?', '\t', n, 'x')],
  ['spaces before rarely ask', 'notes.txt', (n) => fill('Why', ' ', n, 'rarely ask')],
  ['underscores and stars', 'notes.md', (n) => fill('## ', '_a*b**c', n, '?')],
  ['inline code ticks', 'notes.md', (n) => fill('- What is ', '`a ', n, '?')],
  ['anchor links', 'notes.md', (n) => fill('', '[x](#a) ', n)],
  ['label lines', 'notes.txt', (n) => fill('', 'Question 1\nLevel 1\n', n)],
  [
    'question lines without answers',
    'notes.txt',
    (n) => fill('', 'Question: Write a program\n', n)
  ],
  ['numbered headings', 'notes.md', (n) => fill('', '### 1.输入日期\n', n)],
  ['unclosed details', 'notes.md', (n) => fill('', '<details>\n', n)],
  ['checkbox options', 'notes.md', (n) => fill('#### Q1. Which?\n', '- [ ] option\n', n)],
  ['table rows', 'notes.md', (n) => fill('| Question | Answer |\n|---|---|\n', '| a? | b |\n', n)],
  ['real documents, mixed', 'notes.md', realMixture]
]

/** Best of a few runs of `reps` parses, per parse (reps amortise the timer on small inputs). */
function bestTime(text: string, file: string, reps: number): number {
  let best = Infinity
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now()
    for (let k = 0; k < reps; k++) parseDocument(text, file)
    best = Math.min(best, (performance.now() - start) / reps)
  }
  return best
}

describe('parser: linear time on hostile inputs', () => {
  // One retry: a timing ratio on a shared machine can be thrown by one busy moment.
  it.each(CASES)('%s', { retry: 1 }, (name, file, make) => {
    const small = make(SMALL)
    const large = make(LARGE)
    // Warm up the JIT on the small input so the first timing is not compile time.
    parseDocument(small, file)
    const tSmall = bestTime(small, file, 5)
    const tLarge = bestTime(large, file, 1)
    const ratio = tLarge / tSmall
    console.log(
      `${_name}: 100 KB ${tSmall.toFixed(2)} ms, 1 MB ${tLarge.toFixed(1)} ms, ratio ${ratio.toFixed(1)}`
    )
    expect(ratio, `100 KB ${tSmall.toFixed(2)} ms, 1 MB ${tLarge.toFixed(1)} ms`).toBeLessThan(
      MAX_RATIO
    )
  })

  it('parses a 150,000-item document without overflowing the stack', () => {
    const lines: string[] = []
    for (let i = 0; i < 150_000; i++) lines.push(`Q. Question number ${i}?`, `Ans- answer ${i}`)
    const items = parseDocument(lines.join('\n'), 'many.txt')
    expect(items).toHaveLength(150_000)
    expect(items[149_999]).toMatchObject({
      prompt: 'Question number 149999?',
      answer: 'answer 149999'
    })
  })

  it('parses one 150,000-line run of bare code inside an answer', () => {
    const code = Array.from({ length: 150_000 }, (_, i) => `x${i} = ${i}`).join('\n')
    const items = parseDocument(`Q. What does this do?\nAns- \n${code}`, 'code.txt')
    expect(items).toHaveLength(1)
    expect(items[0]!.answer).toContain('x149999 = 149999')
  })
})
