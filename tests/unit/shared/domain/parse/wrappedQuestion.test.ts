import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

const ask = (text: string): Array<[string, string | null]> =>
  parseDocument(text, 'w.md').map((i) => [i.prompt, i.answer])

describe('questions wrapped in <pre> blocks and text fences', () => {
  it('reads a bold numbered question in a <pre> with the lines after it as the answer', () => {
    const text = [
      '# Chapter 1',
      '<pre>',
      '<b>1. What is an expression made',
      'of?</b>',
      'Values and operators.',
      '</pre>',
      '<pre><b>2.Name three data types.</b>',
      'int, str, bool',
      '</pre>',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |'
    ].join('\n')
    expect(ask(text)).toEqual([
      ['What is an expression made of?', 'Values and operators.'],
      ['Name three data types.', 'int, str, bool\n\n| a | b |\n|---|---|\n| 1 | 2 |']
    ])
  })

  it('pairs a question fence with the `Answer:` fence after it', () => {
    const text = [
      '```',
      '1. What is []?',
      '```',
      '```',
      'Answer:',
      '> an empty list',
      '```',
      '',
      '```',
      '2. Name two list methods.',
      '```',
      '```',
      'Answer:',
      '> append, insert',
      '```'
    ].join('\n')
    // The `>` under the `Answer:` label sets the answer off; it is not part of it.
    expect(ask(text)).toEqual([
      ['What is []?', 'an empty list'],
      ['Name two list methods.', 'append, insert']
    ])
  })

  it('leaves code fences alone, with or without a language', () => {
    const text = [
      '## Loops',
      '',
      'How do you loop over a dict?',
      '',
      '```python',
      '1. What is this?',
      '```',
      '',
      '```',
      'for k, v in d.items():',
      '    print(k)',
      '```'
    ].join('\n')
    const items = parseDocument(text, 'c.md')
    expect(items.map((i) => i.prompt)).toEqual(['How do you loop over a dict?'])
  })

  it('stops an answer at the next numbered question outside any container', () => {
    const text = [
      '```',
      '1. What is a tuple?',
      '```',
      'An immutable sequence.',
      '',
      '2. What is a set?',
      'Unordered.'
    ].join('\n')
    expect(ask(text)[0]).toEqual(['What is a tuple?', 'An immutable sequence.'])
    expect(ask(text).map((p) => p[0])).toContain('What is a set?')
  })
})
