import { describe, expect, it } from 'vitest'
import { untickChoices } from '@renderer/features/question/untickChoices'

describe('untickChoices', () => {
  it('unticks every ticked choice and keeps the rest of the text', () => {
    const detail = '- [ ] func\n- [x] def\n  * [X] nested\n1. [x] numbered\n> - [x] quoted'
    expect(untickChoices(detail)).toBe(
      '- [ ] func\n- [ ] def\n  * [ ] nested\n1. [ ] numbered\n> - [ ] quoted'
    )
  })

  it('leaves an [x] that is not a list checkbox alone', () => {
    const text = 'Index it as a[x] or `[x]`.\n\n```python\nitems = [x]\n```'
    expect(untickChoices(text)).toBe(text)
  })
})
