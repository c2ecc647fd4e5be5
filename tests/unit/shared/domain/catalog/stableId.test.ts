import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizePrompt } from '../../../../../src/shared/domain/catalog/normalizePrompt'
import { hashHex, slugify, stableId } from '../../../../../src/shared/domain/catalog/stableId'

const ID_PATTERN = /^[a-z0-9-]{1,80}$/

describe('stableId', () => {
  it('is a readable slug of the key plus a hash', () => {
    const id = stableId(normalizePrompt('What is GIL?'))
    expect(id).toMatch(/^gil-[0-9a-f]{10}$/)
  })

  it('hashes with SHA-256 (known vector)', () => {
    expect(hashHex('abc', 64)).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    )
  })

  it('keeps accented letters readable', () => {
    expect(slugify('café crème')).toBe('cafe-creme')
  })

  it('gives different ids to keys that slug the same', () => {
    expect(slugify('c++ vs c#')).toBe(slugify('c vs c'))
    expect(stableId('c++ vs c#')).not.toBe(stableId('c vs c'))
  })

  it('cuts long slugs at a word boundary within 48 characters', () => {
    const slug = slugify(
      'how would you implement a custom iterator protocol for a lazily evaluated tree'
    )
    expect(slug.length).toBeLessThanOrEqual(48)
    expect(slug.endsWith('-')).toBe(false)
    expect('how-would-you-implement-a-custom-iterator-protocol'.startsWith(slug)).toBe(true)
  })

  it('always matches the contract id pattern, for any prompt', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (prompt) => {
        expect(stableId(normalizePrompt(prompt))).toMatch(ID_PATTERN)
      })
    )
    expect(stableId('x'.repeat(500))).toMatch(ID_PATTERN)
    expect(stableId('日本語の質問')).toMatch(ID_PATTERN)
  })
})
