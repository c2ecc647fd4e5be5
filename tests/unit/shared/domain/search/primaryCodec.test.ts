import lunr from 'lunr'
import { describe, expect, it } from 'vitest'
import {
  buildPrimaryIndex,
  primaryLexicon
} from '../../../../../src/shared/domain/search/primaryIndex'
import { compactPrimary, expandPrimary } from '../../../../../src/shared/domain/search/primaryCodec'
import { makeEntry } from './makeEntry'

const entries = [
  makeEntry('What is a decorator?', { sections: ['Functions'] }),
  makeEntry('Decorators with arguments', { sections: ['Functions'] }),
  makeEntry('How does select_related differ from prefetch_related?', { sections: ['ORM'] }),
  makeEntry('What is __init__?')
]
const index = buildPrimaryIndex(entries)
const tokenSetOf = (i: lunr.Index) => (i as unknown as { tokenSet: lunr.TokenSet }).tokenSet

describe('primaryCodec', () => {
  it('gives back the index lunr would load: postings, vectors, terms and every query', () => {
    const expanded = expandPrimary(JSON.parse(JSON.stringify(compactPrimary(index))))
    expect(JSON.stringify(expanded)).toBe(JSON.stringify(index))
    expect(tokenSetOf(expanded).toArray()).toEqual(tokenSetOf(index).toArray())
    // Wildcards and edit distance walk the term automaton; both must find the same documents.
    for (const search of ['decorat*', 'decorater~1', 'prefetch_related', 'section:orm', 'init'])
      expect(expanded.search(search).map((hit) => [hit.ref, hit.score])).toEqual(
        index.search(search).map((hit) => [hit.ref, hit.score])
      )
    expect(expanded.search('decorat*').length).toBe(2)
    // The document frequencies the codec knows are the ones counting the postings gives.
    const counted = primaryLexicon(index)
    const known = primaryLexicon(expanded)
    expect(known.terms).toEqual(counted.terms)
    expect(known.terms.map((_, t) => known.docFrequency(t))).toEqual(
      counted.terms.map((_, t) => counted.docFrequency(t))
    )
    expect(counted.docFrequency(counted.terms.indexOf('functions'))).toBe(2)
  })

  it('refuses what it cannot represent or read back', () => {
    const compact = compactPrimary(index)
    const dangling = { ...compact, tokenSet: [[0, 'a', 99]] }
    expect(() => expandPrimary(dangling)).toThrow(/points nowhere/)
    expect(() => expandPrimary({ ...compact, postings: 'x' } as never)).toThrow(/not a compact/)
    const builder = new lunr.Builder()
    builder.ref('id')
    builder.field('prompt')
    builder.add({ id: 'not-a-number', prompt: 'hello' })
    expect(() => compactPrimary(builder.build())).toThrow(/not a document number/)
  })
})
