/**
 * Real public documents (`tests/fixtures/documents/real/<slug>/`, origins in SOURCES*.md), each
 * with an expected item list written by reading the document. Every document is imported as the
 * app imports a source and scored; the per-document table is printed, and the overall figures must
 * reach the targets: recall 0.95, precision 0.95 and answer agreement 0.93. These are
 * figures on documents the rules were tuned on; each batch of new documents is scored as it
 * arrives, before tuning, and that figure (in the parser notes) is the one that generalises.
 * A new batch may wait in `real-incoming/` (same layout): scored and printed apart, held to the
 * figures it reached, so a rule that breaks it fails; it joins `real/` once the whole set still
 * meets the targets with it (collect11 and collect12 joined so).
 * `PARSE_SCORE_DETAILS=1` also prints each document's missed, extra and wrong-answer items.
 */

import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

import { importFile } from '../../../../../src/main/services/sources/readDocument'
import { scoreDocument, type DocumentScore, type ExpectedItem } from './realScoring'

// The targets (issue #9), for the documents in `real/`.
const TARGETS = { recall: 0.95, precision: 0.95, answers: 0.93 }
// What the incoming batches (collect13, collect14a/b: 30 documents) reach now, a floor while
// they wait; on arrival collect14a scored 0.622 / 0.657 / 0.709 and collect14b 0.751 / 0.707 / 0.569.
const INCOMING_FLOORS = { recall: 0.85, precision: 0.8, answers: 0.86 }

// REAL_DOCUMENTS_DIR scores another folder of the same layout (a new batch, before it is added).
const FIXTURES = resolve(__dirname, '../../../../fixtures/documents')
const REAL_DIR = process.env['REAL_DOCUMENTS_DIR'] ?? join(FIXTURES, 'real')
const INCOMING_DIR = join(FIXTURES, 'real-incoming')

interface Fixture {
  slug: string
  input: string
  items: ExpectedItem[]
}

function loadFixtures(folder: string): Fixture[] {
  if (!existsSync(folder)) return []
  const fixtures: Fixture[] = []
  for (const slug of readdirSync(folder).sort()) {
    const dir = join(folder, slug)
    const expectedPath = join(dir, 'expected.json')
    if (!existsSync(expectedPath)) continue
    // Kept under the original's extension (input.md, input.csv, input.rst…): it decides the importer.
    const input = readdirSync(dir).find((f) => /^input\.[a-z0-9]+$/.test(f))
    if (!input) throw new Error(`${slug}: expected.json without an input file`)
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as { items: ExpectedItem[] }
    fixtures.push({ slug, input: join(dir, input), items: expected.items })
  }
  return fixtures
}

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d
}

function row(cells: Array<string | number>): string {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(34) : String(c).padStart(7))).join(' ')
}

function table(scores: Array<[string, DocumentScore]>): string {
  const lines = [row(['document', 'exp', 'pred', 'match', 'recall', 'prec', 'answer'])]
  const fmt = (x: number): string => x.toFixed(3)
  for (const [slug, s] of scores) {
    lines.push(
      row([
        slug,
        s.expected,
        s.predicted,
        s.matched,
        fmt(ratio(s.matched, s.expected)),
        fmt(ratio(s.matched, s.predicted)),
        fmt(ratio(s.answersAgreed, s.matched))
      ])
    )
  }
  return lines.join('\n')
}

interface Overall {
  recall: number
  precision: number
  answers: number
  line: string
}

// Scores every fixture, prints the per-document table, and returns the overall figures.
async function scoreAll(fixtures: Fixture[]): Promise<Overall> {
  const scores: Array<[string, DocumentScore]> = []
  for (const fixture of fixtures) {
    const name = fixture.input.split('/').slice(-2).join('/')
    // Read as the app reads a source: the importer the file's name and content call for.
    const { items } = await importFile(fixture.input, name)
    scores.push([fixture.slug, scoreDocument(fixture.items, items)])
  }
  const sum = (f: (s: DocumentScore) => number): number => scores.reduce((n, [, s]) => n + f(s), 0)
  const expected = sum((s) => s.expected)
  const predicted = sum((s) => s.predicted)
  const matched = sum((s) => s.matched)
  const recall = ratio(matched, expected)
  const precision = ratio(matched, predicted)
  const answers = ratio(
    sum((s) => s.answersAgreed),
    matched
  )
  const kinds = ratio(
    sum((s) => s.kindsAgreed),
    matched
  )
  const line = `overall: ${fixtures.length} documents, ${expected} expected, ${predicted} predicted; recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}, answer agreement ${answers.toFixed(3)}, kind agreement ${kinds.toFixed(3)}`
  console.log(`${table(scores)}\n${line}`)
  if (process.env.PARSE_SCORE_DETAILS) {
    for (const [slug, s] of scores) {
      if (s.missed.length + s.extra.length + s.wrongAnswers.length === 0) continue
      console.log(
        [
          `--- ${slug}`,
          ...s.missed.map((p) => `  missed: ${p}`),
          ...s.extra.map((p) => `  extra:  ${p}`),
          ...s.wrongAnswers.map((w) => `  answer: ${w.prompt} — ${w.why}`)
        ].join('\n')
      )
    }
  }
  return { recall, precision, answers, line }
}

function expectAtLeast(overall: Overall, floors: typeof TARGETS): void {
  expect(overall.recall, overall.line).toBeGreaterThanOrEqual(floors.recall)
  expect(overall.precision, overall.line).toBeGreaterThanOrEqual(floors.precision)
  expect(overall.answers, overall.line).toBeGreaterThanOrEqual(floors.answers)
}

describe('real documents: the parser against hand-made expected lists', () => {
  const fixtures = loadFixtures(REAL_DIR)

  it('has real documents to score', () => {
    // The README quotes the count.
    if (process.env['REAL_DOCUMENTS_DIR'] === undefined) expect(fixtures.length).toBe(246)
    else expect(fixtures.length).toBeGreaterThan(0)
  })

  it('reaches recall 0.95, precision 0.95 and answer agreement 0.93 overall', async () => {
    expectAtLeast(await scoreAll(fixtures), TARGETS)
  })

  // A new batch waits there until the whole set with it meets the targets, held meanwhile to
  // the figures it reached (skipped when none waits).
  const incoming = process.env['REAL_DOCUMENTS_DIR'] === undefined ? loadFixtures(INCOMING_DIR) : []
  it.skipIf(incoming.length === 0)(
    'holds the incoming batches at the figures they reached',
    async () => {
      expectAtLeast(await scoreAll(incoming), INCOMING_FLOORS)
    }
  )
})
