import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DocumentError, MAX_DOCUMENT_BYTES } from '../../../../../src/shared/domain/errors'
import { decodeDocument, parseDocument } from '../../../../../src/shared/domain/parse'
import { FIXTURES_DIR } from './seedHelpers'

function fixture(name: string): Uint8Array {
  return readFileSync(join(FIXTURES_DIR, name))
}

function decodeError(bytes: Uint8Array, file: string): DocumentError {
  try {
    decodeDocument(bytes, file)
  } catch (e) {
    if (e instanceof DocumentError) return e
    throw e
  }
  throw new Error('expected a DocumentError')
}

describe('decodeDocument: encodings', () => {
  it('drops a UTF-8 BOM', () => {
    const text = decodeDocument(fixture('utf8-bom.txt'), 'utf8-bom.txt')
    expect(text.startsWith('# Café questions\n')).toBe(true)
  })

  it.each(['utf16le-bom.txt', 'utf16be-bom.txt'])('reads %s', (name) => {
    const text = decodeDocument(fixture(name), name)
    expect(text).toBe('1. What is a naïve datetime?\n2. How do you make it aware?\n')
  })

  it('reads UTF-16 LE without a BOM when the text is plainly UTF-16', () => {
    const bytes = new Uint8Array([...'Q. Why?\n'].flatMap((c) => [c.charCodeAt(0), 0]))
    expect(decodeDocument(bytes, 'x.txt')).toBe('Q. Why?\n')
  })

  it.each(['crlf.txt', 'cr-only.txt'])('normalises the line endings of %s to LF', (name) => {
    const text = decodeDocument(fixture(name), name)
    expect(text).not.toMatch(/\r/)
    expect(text.split('\n')).toHaveLength(5)
  })

  it('falls back to windows-1252 for bytes that are not UTF-8', () => {
    const text = decodeDocument(fixture('latin1.txt'), 'latin1.txt')
    expect(text).toContain("café's naïve")
    expect(text).toContain('£5 and ½')
    expect(text).not.toContain('\uFFFD')
  })

  it('reads windows-1252 punctuation (curly quotes) as such', () => {
    const bytes = new Uint8Array([0x93, 0x68, 0x69, 0x94, 0x0a])
    expect(decodeDocument(bytes, 'q.txt')).toBe('“hi”\n')
  })
})

describe('decodeDocument: bad input', () => {
  it('rejects an empty file', () => {
    const e = decodeError(fixture('empty.txt'), 'docs/empty.txt')
    expect(e.code).toBe('empty')
    expect(e.message).toMatch(/^empty\.txt is empty/)
    expect(e.file).toBe('docs/empty.txt')
  })

  it('rejects a file of blank lines as empty', () => {
    expect(decodeError(fixture('whitespace-only.txt'), 'w.txt').code).toBe('empty')
  })

  it('rejects a binary file with a message naming it', () => {
    const e = decodeError(fixture('binary.bin'), '/home/me/notes.pdf')
    expect(e.code).toBe('binary')
    expect(e.message).toBe('notes.pdf looks like a binary file, not a text document.')
  })

  it('rejects text full of control characters as binary', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41))
    expect(decodeError(bytes, 'x.dat').code).toBe('binary')
  })

  it('rejects a UTF-16 file that decodes to NULs as binary', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0, 0, 0, 0, 0x41, 0])
    expect(decodeError(bytes, 'x.txt').code).toBe('binary')
  })

  it('rejects a document over the size limit without decoding it', () => {
    const e = decodeError(new Uint8Array(MAX_DOCUMENT_BYTES + 1), 'huge.md')
    expect(e.code).toBe('too-large')
    expect(e.message).toMatch(/^huge\.md is too large \(20\.0 MB\); the limit is 20\.0 MB\.$/)
  })

  it('accepts a document exactly at the size limit', () => {
    const bytes = new Uint8Array(MAX_DOCUMENT_BYTES).fill(0x61)
    expect(decodeDocument(bytes, 'big.txt')).toHaveLength(MAX_DOCUMENT_BYTES)
  })
})

describe('decoded fixtures parse to the same items whatever the encoding', () => {
  it('CRLF, CR-only and latin-1 give Q./Ans- pairs on the right lines', () => {
    for (const name of ['crlf.txt', 'cr-only.txt']) {
      const items = parseDocument(decodeDocument(fixture(name), name), name)
      expect(items.map((i) => [i.prompt, i.answer, i.source.line])).toEqual([
        ['What is PEP 8?', 'The style guide for Python code.', 1],
        ['What is a virtualenv?', 'An isolated Python environment.', 3]
      ])
    }
  })

  it('UTF-16 LE and BE give the same items', () => {
    const parse = (name: string) => parseDocument(decodeDocument(fixture(name), name), 'x')
    expect(parse('utf16le-bom.txt')).toEqual(parse('utf16be-bom.txt'))
    expect(parse('utf16le-bom.txt').map((i) => i.prompt)).toEqual([
      'What is a naïve datetime?',
      'How do you make it aware?'
    ])
  })

  it('parseDocument also copes with raw CRLF text and a BOM it was handed directly', () => {
    const items = parseDocument('\uFEFF# T\r\n\r\n1. What is X?\r2. What is Y?\r\n', 'raw')
    expect(items.map((i) => [i.prompt, i.source.line])).toEqual([
      ['What is X?', 3],
      ['What is Y?', 4]
    ])
  })
})

describe('decodeDocument: mixed UTF-8 and windows-1252', () => {
  it('keeps valid UTF-8 as UTF-8 around a stray latin-1 byte', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('naïve '),
      0xe9, // é in latin-1, not valid UTF-8 here
      ...new TextEncoder().encode(' 😀 “ok”\n')
    ])
    expect(decodeDocument(bytes, 'm.txt')).toBe('naïve é 😀 “ok”\n')
  })

  it('rejects overlong and surrogate encodings as UTF-8', () => {
    // C0 AF is an overlong '/', ED A0 80 a UTF-16 surrogate: both read byte by byte.
    const bytes = new Uint8Array([0x61, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0x0a])
    expect(decodeDocument(bytes, 'o.txt')).toBe('aÀ¯í\u00a0€\n')
  })
})
