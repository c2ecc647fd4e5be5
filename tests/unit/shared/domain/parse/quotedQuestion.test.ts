import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

const ask = (text: string): Array<[string, string | null]> =>
  parseDocument(text, 'q.md').map((i) => [i.prompt, i.answer])

describe('numbered questions written as block quotes', () => {
  it('takes the whole quote as the prompt and what follows as the answer', () => {
    const text = [
      '## Question 1',
      '',
      '> `1`. Check the identity for each value',
      '> of $n$:',
      '',
      'Define a function:',
      '',
      '```python',
      'def f(n):',
      '    return n',
      '```',
      '',
      '## Question 2',
      '',
      '> 2. Why is the sky blue?',
      '',
      'Scattering.'
    ].join('\n')
    expect(ask(text)).toEqual([
      [
        'Check the identity for each value of $n$',
        'Define a function:\n\n```python\ndef f(n):\n    return n\n```'
      ],
      ['Why is the sky blue?', 'Scattering.']
    ])
  })

  it('reads the parts of a shared stem as the questions, and code-only parts as answer material', () => {
    const text = [
      '> `2`. Consider the polynomial:',
      '',
      '> $$ 3n^3 - 183n^2 $$',
      '',
      '> `1`. Find the lowest $n$ for which it is not prime?',
      '',
      'Start with a loop.',
      '',
      '> `2`. How many unique primes are there?',
      '',
      '>  `1`. `iterable = (1, 2)`',
      '',
      'Count them.'
    ].join('\n')
    expect(ask(text)).toEqual([
      ['Find the lowest $n$ for which it is not prime?', 'Start with a loop.'],
      ['How many unique primes are there?', '>  `1`. `iterable = (1, 2)`\n\nCount them.']
    ])
  })
})
