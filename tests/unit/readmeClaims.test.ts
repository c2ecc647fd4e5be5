/**
 * The README's numbers and promises are checked, so they cannot drift from the code: the seed
 * counts come from the real parser and catalog, and what `npm test` runs from package.json.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildCatalog } from '../../src/shared/domain/catalog/buildCatalog'
import { catalogStats } from '../../src/shared/domain/catalog/catalogStats'
import { parseDocument } from '../../src/shared/domain/parse/index'

const root = join(__dirname, '../..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const flat = readme.replace(/\s+/g, ' ')

function number(pattern: RegExp): number {
  const match = pattern.exec(flat)
  if (!match) throw new Error(`README no longer says ${pattern}`)
  return Number(match[1]!.replace(/,/g, ''))
}

describe('README claims', () => {
  it('gives the seed counts the parser and catalog produce', () => {
    const seeds = join(root, 'resources/seeds')
    const items = readdirSync(seeds)
      .sort()
      .flatMap((file) => parseDocument(readFileSync(join(seeds, file), 'utf8'), file))
    const stats = catalogStats(buildCatalog(items))
    expect(number(/The five seeds give ([\d,]+) items/)).toBe(stats.items)
    expect(number(/\(([\d,]+) distinct entries/)).toBe(stats.entries)
    expect(number(/distinct entries: ([\d,]+) questions/)).toBe(stats.questions)
    expect(number(/questions and ([\d,]+) topics/)).toBe(stats.topics)
    expect(number(/([\d,]+) repeated occurrences/)).toBe(stats.duplicatesMerged)
    expect(number(/fold into ([\d,]+) entries/)).toBe(stats.mergedGroups)
    expect(number(/([\d,]+) entries carry a reference answer/)).toBe(stats.withAnswers)
  })

  it('counts the real documents the parser is scored on', () => {
    const real = join(root, 'tests/fixtures/documents/real')
    const scored = readdirSync(real, { withFileTypes: true }).filter(
      (d) => d.isDirectory() && readdirSync(join(real, d.name)).includes('expected.json')
    )
    expect(number(/scores the parser on ([\d,]+) real public documents/)).toBe(scored.length)
  })

  it('describes what `npm test` runs', () => {
    const scripts = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>
      }
    ).scripts
    const line = /# run all tests \(([^)]*)\)\s*\n\s*npm test/.exec(readme)
    expect(line, 'README says what npm test runs').not.toBeNull()
    const says = line![1]!
    const test = scripts['test']!
    expect(/type-check/.test(says)).toBe(/typecheck/.test(test))
    expect(/unit/.test(says)).toBe(/vitest/.test(test))
    expect(/end-to-end/.test(says)).toBe(/playwright/.test(test))
  })
})
