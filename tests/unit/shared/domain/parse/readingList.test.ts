/**
 * A reading list under "Sources" / "References" is not a list of questions, even when its
 * linked titles ask; a topic with "vs." in it is still a short phrase.
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { isTopicLike } from '../../../../../src/shared/domain/parse/classifyText'
import { isReadingListEntry } from '../../../../../src/shared/domain/parse/sectionName'

describe('a reading list', () => {
  it('adds no items under a Sources heading', () => {
    const text =
      '# Class 16\n\n## Sources\n\n- [Reading: What is Serverless?](https://example.com/a)\n' +
      '- [Video: What is a container?](https://example.com/b)\n\n## Questions\n\n' +
      '1. What is an API?\n> An interface between programs.\n'
    expect(parseDocument(text, 'notes.md').map((i) => i.prompt)).toEqual(['What is an API?'])
  })

  it('is only linked entries under a reference heading', () => {
    expect(isReadingListEntry('Sources', '- [What is X?](https://x.dev)')).toBe(true)
    expect(isReadingListEntry('Sources', '- What is X?')).toBe(false)
    expect(isReadingListEntry('Django', '- [What is X?](https://x.dev)')).toBe(false)
  })
})

describe('a topic with an abbreviation', () => {
  it('is a short phrase, not two sentences', () => {
    expect(isTopicLike('SOAP vs. REST vs. GraphQL')).toBe(true)
    expect(isTopicLike('It works. Then it stops')).toBe(false)
  })
})
