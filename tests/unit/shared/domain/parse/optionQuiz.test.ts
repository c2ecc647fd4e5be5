/**
 * A stem over marked choices (`* (x) …`, `- [x] …`, `●`) or lettered choices with a key line
 * (`✅ Answer: B`) is one quiz question; the marked choice or the key is its answer.
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

function items(text: string): Array<[string, string | null]> {
  return parseDocument(text, 'quiz.md').map((i) => [i.prompt, i.answer])
}

describe('marked choices', () => {
  it('make a radio-button quiz question under a label line', () => {
    const doc =
      '## Test 1\n\nQuestion 1:\nLook at the code:\n\n```python\nprint(1)\n```\n\nWhat does it print?\n\n' +
      'Hint: run it.\n\n* ( ) 2\n* (x) 1\n*( ) nothing\n\nQuestion 2:\nPick one\n\n* (x) yes\n* ( ) no\n'
    expect(items(doc)).toEqual([
      ['Look at the code: What does it print?', '1'],
      ['Pick one', 'yes']
    ])
  })

  it('leave a checklist without a question alone', () => {
    const doc = 'Things to learn:\n\n- [x] lists\n- [ ] dicts\n'
    expect(items(doc).length).toBeGreaterThan(1)
  })

  it('are not pros and cons', () => {
    const doc = 'Python is nice:\n\n✅ readable\n✅ batteries included\n❌ slow\n'
    expect(items(doc).every(([p]) => !p.startsWith('Python is nice'))).toBe(true)
  })
})

describe('lettered choices with an answer-key line', () => {
  it('take the key and the named choice as the answer', () => {
    const doc = '### 1\n\nWhich keyword stops a loop?\nA. `stop`\nB. `break`\n\n✅ **Answer:** B\n'
    expect(items(doc)).toEqual([['Which keyword stops a loop?', 'B\n\nB. `break`']])
  })
})
