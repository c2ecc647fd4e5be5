import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

describe('material, then the answer under a disclosure labelled as the answer', () => {
  it('takes the disclosure as the answer and what comes before as the question’s detail', () => {
    const doc = [
      '#### 4. What does slicing return?',
      '',
      'Try it first:',
      '',
      '```python',
      'print([1, 2, 3][1:])',
      '```',
      '',
      '<details>',
      '<summary>Show answer</summary>',
      '',
      'A new list: `[2, 3]`.',
      '',
      '</details>',
      ''
    ].join('\n')
    const [item] = parseDocument(doc, 'd.md')
    expect(item!.answer).toBe('A new list: `[2, 3]`.')
    expect(item!.detail).toBe('Try it first:\n\n```python\nprint([1, 2, 3][1:])\n```')
  })

  it('gives no answer when the disclosure is empty', () => {
    const doc =
      '#### 5. What is a closure?\n`Task` Write a counter\n\n<details>\n  <summary>Answer</summary>\n</details>\n'
    const [item] = parseDocument(doc, 'd.md')
    expect(item!.answer).toBeNull()
    expect(item!.detail).toBe('`Task` Write a counter')
  })

  it('leaves a quiz’s options with the key that names one of them', () => {
    const doc =
      '## 1. Which is falsy?\n\n- `[]`\n- `0`\n\n<details><summary>Answer</summary>\n\nB\n</details>\n'
    expect(parseDocument(doc, 'd.md')[0]!.answer).toContain('`0`')
  })
})
