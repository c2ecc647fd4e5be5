import { describe, expect, it } from 'vitest'
import {
  decodeCatalogIndex,
  encodeCatalogIndex
} from '../../../../../src/shared/domain/search/catalogCodec'
import { buildCatalogIndex } from '../../../../../src/shared/domain/search/catalogIndex'
import { IndexFormatError } from '../../../../../src/shared/domain/search/indexCodec'
import { makeEntry } from './makeEntry'

const index = buildCatalogIndex([
  makeEntry('What is __init__?', { answers: ['The initialiser, called after __new__.'] }),
  makeEntry("Python's GIL", { sections: ['Concurrency'] }),
  makeEntry('Café ünïcode wörds **kwargs', { answers: ['naïve'] })
])

describe('catalogCodec', () => {
  it('round-trips the lunr index and the prose postings', () => {
    const decoded = decodeCatalogIndex(encodeCatalogIndex(index))
    expect(JSON.stringify(decoded.primary)).toBe(JSON.stringify(index.primary))
    expect(decoded.prose.terms).toEqual(index.prose.terms)
    expect(decoded.docCount).toBe(3)
    const refs = (i: typeof index) =>
      i.primary
        .query((q) => q.term('\u2217\u2217kwargs', { usePipeline: false }))
        .map((hit) => hit.ref)
    expect(refs(decoded)).toEqual(['2'])
    expect(refs(decoded)).toEqual(refs(index))
  })

  it('rejects damaged, truncated and foreign bytes', () => {
    const bytes = encodeCatalogIndex(index)
    const flipped = bytes.slice()
    flipped[40]! ^= 0x20
    expect(() => decodeCatalogIndex(flipped)).toThrow(IndexFormatError)
    expect(() => decodeCatalogIndex(bytes.subarray(0, 100))).toThrow(IndexFormatError)
    expect(() => decodeCatalogIndex(bytes.subarray(0, bytes.length - 8))).toThrow(IndexFormatError)
    expect(() => decodeCatalogIndex(new TextEncoder().encode('{"not":"an index"}  '))).toThrow(
      IndexFormatError
    )
    expect(() => decodeCatalogIndex(new Uint8Array(0))).toThrow(IndexFormatError)
  })
})
