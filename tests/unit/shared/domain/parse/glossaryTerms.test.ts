import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

const pairs = (doc: string): [string, string | null][] =>
  parseDocument(doc, 'g.md').map((i) => [i.prompt, i.answer])

describe('glossary lines', () => {
  it('reads a run of **Term**: definition lines or items as topics with their definitions', () => {
    const doc = [
      '# Terms',
      '',
      '**Closure**: A function that keeps the variables of its scope.',
      '',
      '- **Iterator:** An object that yields the items of a collection.',
      '- __Module__ - A file that holds Python definitions and statements.',
      '',
      '**Tuple**: An ordered collection that cannot be changed.',
      ''
    ].join('\n')
    expect(pairs(doc)).toEqual([
      ['Closure', 'A function that keeps the variables of its scope.'],
      ['Iterator', 'An object that yields the items of a collection.'],
      ['Module', 'A file that holds Python definitions and statements.'],
      ['Tuple', 'An ordered collection that cannot be changed.']
    ])
  })

  it('keeps one-word terms topics and makes an asking term a question', () => {
    const doc = [
      '- **Comment**: Text in a program that is never run.',
      '- **Return**: The statement that hands a value back to the caller.',
      '- **Explain closures**: A function that keeps the variables of its scope.',
      '- **Tuple**: An ordered collection that cannot be changed.',
      ''
    ].join('\n')
    expect(parseDocument(doc, 'g.md').map((i) => i.kind)).toEqual([
      'topic',
      'topic',
      'question',
      'topic'
    ])
  })

  it('leaves page properties, labels and a short list of bold tips alone', () => {
    const properties = [
      '**Author**: Jane Doe <br />',
      '**Email**: jane@example.com',
      '**Website**: https://example.com',
      '**Total Questions:** 75',
      ''
    ].join('\n')
    expect(pairs(properties)).toEqual([])
    const tips =
      '- **Be brief**: Say one thing\n- **Name well**: Names tell the reader what it does\n'
    expect(pairs(tips)).toEqual([])
  })
})
