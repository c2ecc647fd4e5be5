import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

describe('a numbered question with a badge, then its answer in <details><blockquote>', () => {
  it('takes the blockquote as the answer, without the badge or the summary label', () => {
    const doc = [
      '1. What is a cache?',
      '',
      '![Easy](https://example.org/badges/easy%20(2).svg)',
      '',
      '<details> <summary> <b> Show Answer </b> </summary>',
      '',
      '<blockquote>',
      '',
      '- A store of copies kept close to where they are read.',
      '',
      '</blockquote>',
      '',
      '</details>',
      '',
      '2. What is a CDN?',
      '',
      '![Hard](https://example.org/badges/hard.svg)',
      '',
      '<details> <summary> <b> Show Answer </b> </summary>',
      '<blockquote>',
      'A network of caches near the readers.',
      '</blockquote>',
      '</details>',
      ''
    ].join('\n')
    const items = parseDocument(doc, 'd.md')
    expect(items.map((i) => i.answer)).toEqual([
      '- A store of copies kept close to where they are read.',
      'A network of caches near the readers.'
    ])
  })

  it('keeps an image that is the answer itself', () => {
    const doc = '1. What does the diagram show?\n\n![diagram](d.png)\n\n2. Why?\n\nBecause.\n'
    const [first] = parseDocument(doc, 'd.md')
    expect(first!.answer).toBe('![diagram](d.png)')
  })
})
