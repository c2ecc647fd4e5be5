/**
 * The primary index is built without lunr.Builder (see buildLunrIndex) but must be the very
 * index the Builder makes: same serialised form (term numbering, postings, field vectors to
 * the bit) and same answers to queries. The reference is built here the way the engine built
 * it before, with the Builder.
 */
import lunr from 'lunr'
import { describe, expect, it } from 'vitest'
import { corpus } from '../../../../../bench/suites/search'
import type { EngineEntry } from '../../../../../src/shared/domain/search/engineEntry'
import { FIELD_BOOSTS, PRIMARY_FIELDS } from '../../../../../src/shared/domain/search/indexSettings'
import {
  buildPrimaryIndex,
  shareEmptyMetadata,
  toLunrTerm
} from '../../../../../src/shared/domain/search/primaryIndex'
import { BM25 } from '../../../../../src/shared/domain/search/scoreBoard'
import { forEachTerm } from '../../../../../src/shared/domain/search/tokenize'
import { seedEntries } from './seedCatalog'

function builderIndex(entries: readonly EngineEntry[]): lunr.Index {
  const builder = new lunr.Builder()
  builder.ref('ref')
  for (const field of PRIMARY_FIELDS) builder.field(field, { boost: FIELD_BOOSTS[field] ?? 1 })
  builder.tokenizer = ((text?: unknown) => {
    const tokens: lunr.Token[] = []
    if (typeof text === 'string' && text)
      forEachTerm(text, (term) => tokens.push(new lunr.Token(toLunrTerm(term), {})))
    return tokens
  }) as typeof lunr.tokenizer
  builder.k1(BM25.k1)
  builder.b(BM25.b)
  builder.metadataWhitelist = []
  entries.forEach((entry, doc) =>
    builder.add({ ref: String(doc), prompt: entry.prompt, section: entry.sections.join('\n') })
  )
  return shareEmptyMetadata(builder.build())
}

// Awkward terms on purpose: numbers (integer-like object keys), `**kwargs` (lunr's wildcard),
// `__init__`, `constructor`/`__proto__`, repeats within a field, an empty section.
const AWKWARD: EngineEntry[] = [
  ['What does **kwargs collect, and **kwargs vs *args?', ['Functions', 'Python 3']],
  ['Explain __init__ vs __new__ (constructor)', ['OOP']],
  ['What is __proto__ in 2024 and 404?', []],
  ['404 404 2024 constructor toString', ['HTTP', 'Errors 500']],
  ['Ünïcode: naïve café — 日本語のテキスト', ['i18n']]
].map(([prompt, sections], i) => ({
  id: `e${i}`,
  prompt: prompt as string,
  kind: 'question',
  sections: sections as string[],
  answers: []
})) as unknown as EngineEntry[]

describe('the primary index built without lunr.Builder', () => {
  it.each([
    ['awkward terms', AWKWARD],
    ['the seeds', seedEntries()],
    ['2,000 generated questions', corpus(2000).map((q) => q.entry)]
  ])('serialises exactly as the Builder’s: %s', (_name, entries) => {
    const built = buildPrimaryIndex(entries as EngineEntry[])
    const reference = builderIndex(entries as EngineEntry[])
    expect(JSON.stringify(built.toJSON())).toBe(JSON.stringify(reference.toJSON()))
  })

  it('answers queries as the Builder’s index does', () => {
    const entries = corpus(2000).map((q) => q.entry)
    const built = buildPrimaryIndex(entries)
    const reference = builderIndex(entries)
    for (const query of ['django', 'decorator', 'prompt:async', 'section:python', 'flask orm']) {
      expect(built.search(query), query).toEqual(reference.search(query))
    }
    expect(built.search('django').length).toBeGreaterThan(0)
  })
})
