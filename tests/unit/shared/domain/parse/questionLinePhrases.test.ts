import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

const pairs = (doc: string): [string, string | null][] =>
  parseDocument(doc, 'notes.txt').map((i) => [i.prompt, i.answer])

describe('plain question lines with their answers below', () => {
  it('takes a phrase without a period under a paragraph’s only question as its answer', () => {
    const doc = [
      'What is a set?',
      'An unordered collection of unique items.',
      '',
      'What is a dict?',
      'A mapping of keys to values.',
      '',
      'What is the difference between a set and a list?',
      'Sets have no order while lists keep it',
      ''
    ].join('\n')
    expect(pairs(doc)).toEqual([
      ['What is a set?', 'An unordered collection of unique items.'],
      ['What is a dict?', 'A mapping of keys to values.'],
      ['What is the difference between a set and a list?', 'Sets have no order while lists keep it']
    ])
  })

  it('goes on with the lines an answer ending in a colon announces', () => {
    const doc = [
      'What is a set?',
      'An unordered collection of unique items.',
      '',
      'What are the numeric types?',
      'Given below are the numeric types:',
      '',
      'Integers',
      'Floating point',
      '',
      'What is a dict?',
      'A mapping of keys to values.',
      ''
    ].join('\n')
    const items = pairs(doc)
    expect(items.map(([p]) => p)).toEqual([
      'What is a set?',
      'What are the numeric types?',
      'What is a dict?'
    ])
    expect(items[1]![1]).toContain('Floating point')
  })
})
