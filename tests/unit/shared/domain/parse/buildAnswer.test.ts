import { describe, expect, it } from 'vitest'
import { buildAnswer } from '../../../../../src/shared/domain/parse/buildAnswer'

describe('buildAnswer', () => {
  it('dedents by the common indentation and moves nested fences to column 0', () => {
    const answer = buildAnswer([
      '   - Example:',
      '     ```python',
      '     def f():',
      '         return 1',
      '',
      '     f()',
      '     ```'
    ])
    expect(answer).toBe('- Example:\n```python\ndef f():\n    return 1\n\nf()\n```')
  })

  it('expands leading tabs before dedenting', () => {
    expect(buildAnswer(['\tfirst', '\t\tsecond'])).toBe('first\n    second')
  })

  it('lets an inline first line (after `Ans-`) not count towards the indentation', () => {
    expect(buildAnswer(['Yes, but', '\tit compiles to .pyc'], { inlineFirst: true })).toBe(
      'Yes, but\nit compiles to .pyc'
    )
  })

  it('collapses runs of blank lines outside code but not inside it', () => {
    expect(buildAnswer(['a', '', '', 'b', '```', 'x', '', '', 'y', '```'])).toBe(
      'a\n\nb\n```\nx\n\n\ny\n```'
    )
  })

  it('turns <pre><code> into a fence and leaves HTML inside fences alone', () => {
    expect(buildAnswer(['<pre><code class="language-python">x = 1', '</code></pre>'])).toBe(
      '```python\nx = 1\n```'
    )
    expect(buildAnswer(['```html', '<div>hi</div>', '```'])).toBe('```html\n<div>hi</div>\n```')
  })

  it('returns null for nothing but whitespace and markup', () => {
    expect(buildAnswer(['', '  ', '<details>', '</details>'])).toBeNull()
    expect(buildAnswer([])).toBeNull()
  })
})
