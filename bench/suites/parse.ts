/**
 * Parsing speed on hostile and real input: each generated shape at 1 MB (target: under 1 s),
 * the real fixtures mixed to 1 MB, and a 150,000-item document. Prints the load average, as
 * timings on a shared machine only mean something next to it.
 */
import { loadavg } from 'node:os'
import { parseDocument } from '../../src/shared/domain/parse/index'
import { HOSTILE_INPUTS } from '../../tests/hostile/parseInputs'
import { writeResults } from '../writeResults'

const MB = 1024 * 1024

function time(text: string, file: string): number {
  parseDocument(text, file)
  const start = performance.now()
  parseDocument(text, file)
  return performance.now() - start
}

/** Runs the suite. */
export async function run(): Promise<void> {
  const rows: Array<Record<string, string | number>> = []
  for (const [name, file, make] of HOSTILE_INPUTS) {
    const small = make(MB / 10)
    const large = make(MB)
    const tSmall = time(small, file)
    const tLarge = time(large, file)
    rows.push({
      input: name,
      '100 KB ms': Math.round(tSmall * 10) / 10,
      '1 MB ms': Math.round(tLarge),
      ratio: Math.round((tLarge / Math.max(tSmall, 0.01)) * 10) / 10
    })
  }
  const lines: string[] = []
  for (let i = 0; i < 150_000; i++) lines.push(`Q. Question number ${i}?`, `Ans- answer ${i}`)
  const many = lines.join('\n')
  const start = performance.now()
  const items = parseDocument(many, 'many.txt').length
  rows.push({
    input: `${items.toLocaleString('en-US')} items (${(many.length / MB).toFixed(1)} MB)`,
    '100 KB ms': '',
    '1 MB ms': Math.round(performance.now() - start),
    ratio: ''
  })
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')
  console.log(`load average: ${load}`)
  rows.push({ input: `load average ${load}`, '100 KB ms': '', '1 MB ms': '', ratio: '' })
  writeResults('parse', rows)
}
