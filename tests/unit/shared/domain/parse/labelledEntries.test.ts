/**
 * List entries with their own roles (`labelledEntries`): a `Question:` entry answered by the
 * renumbered `Answer:` entry after it, bold questions whose answer lines were renumbered into
 * the same list, and the chat closings and plural titles around such lists.
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

const md = (lines: string[]) => lines.join('\n')

describe('labelled list entries', () => {
  it('answers a Question: entry with the Answer: entry numbered after it', () => {
    const items = parseDocument(
      md([
        '### Caching',
        '',
        '1. **Question**: How would you cache an expensive call?',
        '2. **Answer**: With functools.lru_cache, sized to the working set.',
        '',
        '### Testing',
        '',
        '1. **Question**: How do you mock a network call?',
        '2. **Answer**: Patch the client with unittest.mock.'
      ]),
      'prep.md'
    )
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      [
        'How would you cache an expensive call?',
        'With functools.lru_cache, sized to the working set.'
      ],
      ['How do you mock a network call?', 'Patch the client with unittest.mock.']
    ])
  })

  it('folds plain entries renumbered after a bold question into its answer', () => {
    const items = parseDocument(
      md([
        '## Behavioral',
        '',
        '1. **Tell me about a conflict in your team. How did you solve it?**',
        '2. Listened to both sides first.',
        '3. Agreed on a written plan:',
        '',
        '   * Both leads signed it.',
        '   * **How do you handle missed deadlines?**',
        '4. Warn early and cut scope.',
        '5. **Why do you want this job?**',
        '6. The product and the team.'
      ]),
      'prep.md'
    )
    expect(items.map((i) => i.prompt)).toEqual([
      'Tell me about a conflict in your team. How did you solve it?',
      'How do you handle missed deadlines?',
      'Why do you want this job?'
    ])
    expect(items[0]!.answer).toContain('Both leads signed it.')
    expect(items[0]!.answer).not.toContain('deadlines')
    expect(items[1]!.answer).toBe('- Warn early and cut scope.')
    expect(items[1]!.source.line).toBe(8)
    expect(items[2]!.answer).toBe('- The product and the team.')
  })

  it('ends an answer at a chat offer or a closing remark about the questions', () => {
    const items = parseDocument(
      md([
        '## Questions',
        '',
        '1. **What is a deadlock?**  ',
        '   Two threads each wait for a lock the other holds.',
        '2. **What is a race condition?**  ',
        '   Results depend on the timing of threads.',
        '',
        'These questions cover the basics of concurrency.',
        '',
        'Would you like help with more advanced questions?'
      ]),
      'chat.md'
    )
    expect(items.map((i) => i.prompt)).toEqual(['What is a deadlock?', 'What is a race condition?'])
    expect(items[1]!.answer).toBe('Results depend on the timing of threads.')
  })

  it('reads "Design Patterns" as a title, "Design a cache" as a task', () => {
    const items = parseDocument(
      md([
        '### Design Patterns',
        '',
        '1. **Question**: Which patterns have you used?',
        '2. **Answer**: Observer and Factory.',
        '',
        '### Design a cache',
        '',
        'Use an LRU map with a size limit.'
      ]),
      'prep.md'
    )
    expect(items.map((i) => i.prompt)).toEqual(['Which patterns have you used?', 'Design a cache'])
  })
})
