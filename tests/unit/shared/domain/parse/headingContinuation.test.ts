/**
 * A question heading whose next line asks too (`headingContinuation`): that line is the rest of
 * the question, the code it points at the question's detail, the prose after it the answer.
 * A sentence ending in a full stop right under the heading is the answer.
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

describe('a heading question continued on the next line', () => {
  it('joins the asking line to the prompt', () => {
    const doc = [
      '## Tuple có thay đổi được không?',
      'Nếu ta chạy đoạn code sau thì kết quả là gì',
      '',
      '```python',
      't = (1, 2)',
      't[0] = 3',
      '```',
      '',
      'Không, tuple là immutable nên sẽ có TypeError.',
      '',
      '## List comprehension là gì?',
      'Là cách viết ngắn gọn để tạo list.'
    ].join('\n')
    const items = parseDocument(doc, 'vi.md')
    expect(items[0]!.prompt).toBe(
      'Tuple có thay đổi được không? Nếu ta chạy đoạn code sau thì kết quả là gì'
    )
    expect(items[0]!.answer).toBe('Không, tuple là immutable nên sẽ có TypeError.')
    expect(items[1]!.prompt).toBe('List comprehension là gì?')
    expect(items[1]!.answer).toBe('Là cách viết ngắn gọn để tạo list.')
  })

  it('keeps an explaining sentence as the answer', () => {
    const doc = [
      '## What is the difference between == and is?',
      'What differs is identity.',
      ''
    ].join('\n')
    const items = parseDocument(doc, 'en.md')
    expect(items[0]!.prompt).toBe('What is the difference between == and is?')
    expect(items[0]!.answer).toBe('What differs is identity.')
  })
})
