/**
 * Hostile inputs for the parser: every shape that once made a regular expression backtrack
 * (runs of `<summary`, `<div`, spaces after a `Q`, tabs after a `?`, dots in a URL…) must parse
 * in time linear in its size. Each input is generated at 100 KB and at 1 MB; the larger must
 * take about ten times as long, not a hundred. Timings are the best of a few runs, so a busy
 * machine does not fail the check. Absolute speed (1 MB under a second) is in `npm run bench`.
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/shared/domain/parse'
import { HOSTILE_INPUTS as CASES } from './parseInputs'

const KB = 1024
const SMALL = 100 * KB
const LARGE = 1024 * KB
// Linear is 10; quadratic would be ~100. Generous for a noisy 2-core machine.
const MAX_RATIO = 30
const RUNS = 3

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
  // Two retries: a timing ratio on a shared machine can be thrown by one busy moment.
  it.each(CASES)('%s', { retry: 2 }, (name, file, make) => {
    const small = make(SMALL)
    const large = make(LARGE)
    // Warm up the JIT on the small input so the first timing is not compile time.
    parseDocument(small, file)
    const tSmall = bestTime(small, file, 5)
    const tLarge = bestTime(large, file, 1)
    const ratio = tLarge / tSmall
    console.log(
      `${name}: 100 KB ${tSmall.toFixed(2)} ms, 1 MB ${tLarge.toFixed(1)} ms, ratio ${ratio.toFixed(1)}`
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
