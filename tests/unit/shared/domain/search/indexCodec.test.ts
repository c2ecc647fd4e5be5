import { describe, expect, it } from 'vitest'
import {
  decodeIndex,
  encodeIndex,
  IndexFormatError
} from '../../../../../src/shared/domain/search/indexCodec'
import { buildInvertedIndex } from '../../../../../src/shared/domain/search/invertedIndex'

const index = buildInvertedIndex(
  ['prompt', 'answer'],
  [
    ['What is __init__?', 'The initialiser, called after __new__.'],
    ["Python's GIL", null],
    ['Café ünïcode wörds', 'naïve']
  ]
)

describe('indexCodec', () => {
  it('round-trips an index', () => {
    const decoded = decodeIndex(encodeIndex(index))
    expect(decoded.terms).toEqual(index.terms)
    expect([...decoded.bySuffix]).toEqual([...index.bySuffix])
    decoded.postings.forEach((p, f) => {
      const q = index.postings[f]!
      expect([...p.offsets, ...p.docs, ...p.tfs, ...p.lengths]).toEqual([
        ...q.offsets,
        ...q.docs,
        ...q.tfs,
        ...q.lengths
      ])
      expect(p.avgLength).toBe(q.avgLength)
    })
  })

  it('decodes from an unaligned buffer', () => {
    const bytes = encodeIndex(index)
    const shifted = new Uint8Array(bytes.length + 1).subarray(1)
    shifted.set(bytes)
    expect(decodeIndex(shifted).terms).toEqual(index.terms)
  })

  it('rejects truncated, flipped and foreign bytes', () => {
    const bytes = encodeIndex(index)
    expect(() => decodeIndex(bytes.subarray(0, bytes.length - 8))).toThrow(IndexFormatError)
    const flipped = bytes.slice()
    flipped[bytes.length - 3]! ^= 0xff
    expect(() => decodeIndex(flipped)).toThrow(IndexFormatError)
    expect(() => decodeIndex(new TextEncoder().encode('{"not":"an index"}  '))).toThrow(
      IndexFormatError
    )
    expect(() => decodeIndex(new Uint8Array(0))).toThrow(IndexFormatError)
  })
})
