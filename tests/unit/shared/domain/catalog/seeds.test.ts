import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildCatalog } from '../../../../../src/shared/domain/catalog/buildCatalog'
import { normalizePrompt } from '../../../../../src/shared/domain/catalog/normalizePrompt'
import { parseDocument } from '../../../../../src/shared/domain/parse/index'
import type { Catalog, CatalogEntry, ParsedItem } from '../../../../../src/shared/domain/types'

const seedsDir = join(__dirname, '..', '..', '..', '..', '..', 'resources', 'seeds')
const seedFiles = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
const seedText = new Map(seedFiles.map((f) => [f, readFileSync(join(seedsDir, f), 'utf8')]))
const parse = (file: string): ParsedItem[] => parseDocument(seedText.get(file)!, file)
const seed = (prefix: string) => seedFiles.find((f) => f.startsWith(prefix))!

const items = seedFiles.flatMap(parse)
const catalog = buildCatalog(items)

function entryFor(c: Catalog, prompt: string): CatalogEntry {
  const key = normalizePrompt(prompt)
  const entry = c.entries.find((e) => e.key === key)
  if (!entry) throw new Error(`no entry for '${prompt}'`)
  return entry
}
const relatedPrompts = (c: Catalog, prompt: string) => {
  const byId = new Map(c.entries.map((e) => [e.id, e.prompt]))
  return entryFor(c, prompt).related.map((id) => byId.get(id))
}

describe('catalog over the five seeds', () => {
  it('accounts for every item exactly once', () => {
    expect(catalog.itemCount).toBe(items.length)
    const occurrences = catalog.entries.reduce((sum, e) => sum + e.occurrences.length, 0)
    expect(occurrences).toBe(items.length)
    expect(catalog.entries.length).toBeLessThan(items.length)
    expect(new Set(catalog.entries.map((e) => e.id)).size).toBe(catalog.entries.length)
    for (const e of catalog.entries) expect(e.id).toMatch(/^[a-z0-9-]{1,80}$/)
  })

  it('merges the doubled block of 001 into one entry per question, keeping both places', () => {
    const file = seed('001')
    const own = buildCatalog(parse(file))
    // The first 30 questions come back, same words, in the repeated block.
    const firstThirty = parse(file).slice(0, 30)
    for (const item of firstThirty) {
      expect(entryFor(own, item.prompt).occurrences.length).toBeGreaterThanOrEqual(2)
    }
    const features = entryFor(own, "What are Python's key features?")
    expect(features.askedIn).toBe(1)
    const [first, second] = features.occurrences
    expect(first!.file).toBe(file)
    expect(second!.line).toBeGreaterThan(first!.line)
    // The two copies carry the same answer: it is kept once, with its first place.
    expect(features.answers).toHaveLength(1)
    expect(features.answers[0]!.source).toEqual({ file: first!.file, line: first!.line })
  })

  it('merges `is` vs `==` across 001, 003 and 004 whatever the wording', () => {
    const entry = entryFor(catalog, 'What is the difference between `is` and `==`?')
    expect(entry.askedIn).toBe(3)
    expect(new Set(entry.occurrences.map((o) => o.file))).toEqual(
      new Set([seed('001'), seed('003'), seed('004')])
    )
    expect(entry.answers.length).toBeGreaterThanOrEqual(1)
  })

  it('links related questions instead of merging them', () => {
    const gil = entryFor(catalog, 'What is GIL?')
    const why = entryFor(catalog, 'Why GIL? How is thread management done in python?')
    expect(gil.id).not.toBe(why.id)
    expect(gil.related).toContain(why.id)
    expect(why.related).toContain(gil.id)
    expect(relatedPrompts(catalog, 'What is decorator?')).toContain('How to define decorator?')
    expect(entryFor(catalog, 'What is __init__ method?').id).not.toBe(
      entryFor(catalog, 'What is the purpose of the `__init__()` method in a Python class?').id
    )
  })

  it('counts R. Model in django? like any other question', () => {
    expect(entryFor(catalog, 'Model in django?').occurrences[0]!.file).toBe(seed('000'))
  })

  it('gives the same ids whatever the file order, names and line numbers', () => {
    const reversed = buildCatalog(
      [...seedFiles].reverse().flatMap((f) => parseDocument('\n\n' + seedText.get(f)!, `copy-${f}`))
    )
    const ids = (c: Catalog) => new Map(c.entries.map((e) => [e.key, e.id]))
    expect(ids(reversed)).toEqual(ids(catalog))
    const a = entryFor(catalog, 'What is GIL?')
    const b = entryFor(reversed, 'What is GIL?')
    expect(b.occurrences.map((o) => o.line)).toEqual(
      expect.arrayContaining(a.occurrences.map((o) => o.line + 2))
    )
  })
})
