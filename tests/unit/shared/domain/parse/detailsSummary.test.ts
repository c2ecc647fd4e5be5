import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

const block = (summary: string, answer: string): string =>
  `<details>\n  <summary>${summary}</summary>\n\n- ${answer}\n\n</details>\n`

describe('<details> questions', () => {
  it('reads a summary whose </summary> wraps onto the next line', () => {
    const doc = [
      block('Q-1. What is PEP 8?', 'The style guide.'),
      '<details>\n  <summary>Q-6. Which tools find bugs statically?\n    </summary>\n\n- Pylint.\n\n</details>\n'
    ].join('\n')
    const items = parseDocument(doc, 'notes.md')
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      ['What is PEP 8?', '- The style guide.'],
      ['Which tools find bugs statically?', '- Pylint.']
    ])
  })

  it('does not run a summary on past the end of its block', () => {
    const doc = '<details>\n<summary>What is a closure?\n</details>\n\nText after.\n'
    expect(parseDocument(doc, 'notes.md').map((i) => i.prompt)).not.toContain(
      'What is a closure? </details>'
    )
  })

  it('keeps a Q-numbered summary that names a topic as a numbered item', () => {
    const items = parseDocument(block('Q-3. Decorators in depth', 'They wrap.'), 'notes.md')
    expect(items.map((i) => i.prompt)).toEqual(['Decorators in depth'])
  })
})
