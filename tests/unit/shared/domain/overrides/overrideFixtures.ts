/** Reads the override fixtures (`tests/fixtures/overrides/<case>/`) and sums a result up as data. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildCatalog } from '../../../../../src/shared/domain/catalog/buildCatalog'
import { applyOverrides } from '../../../../../src/shared/domain/overrides/applyOverrides'
import type { Override } from '../../../../../src/shared/domain/overrides/types'
import { parseDocument } from '../../../../../src/shared/domain/parse/index'
import type { Catalog } from '../../../../../src/shared/domain/types'

export const FIXTURES = join('tests', 'fixtures', 'overrides')

export interface OverrideCase {
  name: string
  before: Catalog
  after: Catalog
  overrides: Override[]
  expected: unknown
}

/** The catalog one Markdown document gives, as the app builds it. */
export function catalogOf(text: string, file = 'doc.md'): Catalog {
  return buildCatalog(parseDocument(text, file))
}

export function loadCases(): OverrideCase[] {
  return readdirSync(FIXTURES).map((name) => {
    const read = (file: string) => readFileSync(join(FIXTURES, name, file), 'utf8')
    return {
      name,
      before: catalogOf(read('before.md')),
      after: catalogOf(read('after.md')),
      overrides: JSON.parse(read('overrides.json')) as Override[],
      expected: JSON.parse(read('expected.json')) as unknown
    }
  })
}

/** What a test compares: each correction's outcome, and the corrected entries in brief. */
export function summary(catalog: Catalog, overrides: Override[]) {
  const { catalog: corrected, report } = applyOverrides(catalog, overrides)
  const brief = (e: Catalog['entries'][number]) => ({
    id: e.id,
    prompt: e.prompt,
    kind: e.kind,
    sections: e.sections,
    answers: e.answers.map((a) => a.markdown),
    ...(e.corrections?.alsoAsked ? { alsoAsked: e.corrections.alsoAsked } : {})
  })
  return {
    outcomes: report.results.map((r) => ({
      id: r.override.id,
      outcome: r.outcome,
      ...(r.refound ? { refound: true } : {})
    })),
    entries: corrected.entries.map(brief),
    hidden: corrected.hidden.map((e) => e.id)
  }
}
