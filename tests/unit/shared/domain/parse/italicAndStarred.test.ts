/**
 * Wiki-style notes: `*Q: …*` questions in italics (closed or not, the `?` sometimes outside),
 * `** entry` lines as a second list level under a bullet (`starredSubBullets`), and a
 * "Good reads" list of linked titles, which are not questions.
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { questionPrefix } from '../../../../../src/shared/domain/parse/lineShapes'

describe('italic Q lines', () => {
  it('reads the question inside the italics', () => {
    expect(questionPrefix('*Q: Describe a UDP header*')).toBe('Describe a UDP header')
    expect(questionPrefix('*Q: Explain NAT*?')).toBe('Explain NAT?')
    expect(questionPrefix('*Q: What are some L2 protocols')).toBe('What are some L2 protocols')
    expect(questionPrefix('*Quick note*')).toBeNull()
  })

  it('keeps adjacent italic questions apart', () => {
    const doc = [
      '## DNS',
      '',
      '*Q: What is a CNAME?*',
      '',
      '*Q: Describe a DNS lookup',
      '',
      '*Q: What is TTL?*',
      'A: How long a record may be cached.'
    ].join('\n')
    const items = parseDocument(doc, 'net.md')
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      ['What is a CNAME?', null],
      ['Describe a DNS lookup', null],
      ['What is TTL?', 'How long a record may be cached.']
    ])
  })
})

describe('starred sub-bullets', () => {
  it('are the answer of the bullet above', () => {
    const doc = [
      '## Caching',
      '* What eviction policies are there?',
      '** LRU',
      '** LFU',
      '*** with aging',
      '* Why cache at the edge?'
    ].join('\n')
    const items = parseDocument(doc, 'cache.md')
    expect(items.map((i) => i.prompt)).toEqual([
      'What eviction policies are there?',
      'Why cache at the edge?'
    ])
    expect(items[0]!.answer).toBe('- LRU\n- LFU\n  - with aging')
  })
})

describe('a good-reads list', () => {
  it('gives no items for its linked titles', () => {
    const doc = [
      '* What is BGP?',
      '* What is OSPF?',
      '',
      '## Good reads',
      '* [How does TCP slow start work](https://example.com/slow-start)'
    ].join('\n')
    expect(parseDocument(doc, 'net.md').map((i) => i.prompt)).toEqual([
      'What is BGP?',
      'What is OSPF?'
    ])
  })
})
