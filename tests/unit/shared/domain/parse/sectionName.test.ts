/** A section name must contain a word: dates, numbers and punctuation never name a section. */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { isSectionName } from '../../../../../src/shared/domain/parse/sectionName'

const DATES = [
  '25/04/2018',
  '2018-04-25',
  '25.04.2018',
  'April 25, 2018',
  '25 April 2018',
  '25th Apr 2018',
  'Monday, 25 April 2018',
  '**25/04/2018**'
]

const sectionsOf = (text: string) =>
  parseDocument(text, 'notes.md').map((i) => [i.prompt, i.section])

describe('isSectionName', () => {
  it.each(DATES)('refuses the date %s', (date) => {
    expect(isSectionName(date)).toBe(false)
  })

  it.each(['12', '3.', '---', '#', '2018'])('refuses %s (no word)', (text) => {
    expect(isSectionName(text)).toBe(false)
  })

  it.each(['Django', 'ORM in 2018', 'April plans', 'Q1 goals', 'Python 3.12'])(
    'accepts %s',
    (text) => {
      expect(isSectionName(text)).toBe(true)
    }
  )
})

describe('a bare date line above a list', () => {
  it.each(DATES)('does not name the section of the items under %s', (date) => {
    const text = `${date}\n- mro\n- getattr, hasattr\n- What is a metaclass?\n`
    const items = parseDocument(text, 'notes.md')
    expect(items.map((i) => i.prompt)).toEqual(['mro', 'getattr, hasattr', 'What is a metaclass?'])
    expect(items.every((i) => i.section === null)).toBe(true)
    // Still read as a dated list of study topics, not prose.
    expect(items[0]?.kind).toBe('topic')
  })

  it('leaves the items under the enclosing heading', () => {
    const text = '## Django\n\n25/04/2018\n- signals\n- What is middleware?\n'
    expect(sectionsOf(text)).toEqual([
      ['signals', 'Django'],
      ['What is middleware?', 'Django']
    ])
  })
})

describe('a heading without a word', () => {
  it.each(['## 2018-04-25', '## April 25, 2018', '## 12.', '## ***'])(
    '%s ends the sibling section but names none',
    (heading) => {
      const text = `# Notes\n\n## Flask\n\n- What is a blueprint?\n\n${heading}\n\n- What is WSGI?\n`
      expect(sectionsOf(text)).toEqual([
        ['What is a blueprint?', 'Flask'],
        ['What is WSGI?', null]
      ])
    }
  )

  it('keeps the parent heading for a dated sub-heading', () => {
    const text = '## Django\n\n### 25/04/2018\n\n- What is a queryset?\n'
    expect(sectionsOf(text)).toEqual([['What is a queryset?', 'Django']])
  })
})
