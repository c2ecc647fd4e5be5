/**
 * Worksheet and exam-review handouts (course pages exported from notebooks): kramdown
 * attribute lines are markup, empty code cells are no answer, qualified label headings
 * ("#### Loops Question #2") number the question under them, a stem's blank lines are part of
 * it, and the syllabus lists around labelled questions are not items.
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { isPlaceholderAnswer } from '../../../../../src/shared/domain/parse/placeholderAnswer'

function parse(text: string) {
  return parseDocument(text, 'review.md').map((i) => ({
    kind: i.kind,
    prompt: i.prompt,
    answer: i.answer
  }))
}

describe('an empty code cell under a question', () => {
  it('is a placeholder, whatever comment marks it', () => {
    expect(isPlaceholderAnswer('```python\n# YOUR CODE HERE\n```')).toBe(true)
    expect(isPlaceholderAnswer('```js\n// write your solution here\n```')).toBe(true)
    expect(isPlaceholderAnswer('```python\n# sum the list\ntotal = sum(xs)\n```')).toBe(false)
  })

  it('and its kramdown attribute line give no answer; the code the question shows is detail', () => {
    const items = parseDocument(
      '### Question 1\n\nWhat will the following print?\n\n```python\nprint(2 ** 3)\n```\n\n' +
        '{:.input_area}\n```python\n## CODE HERE\n```\n',
      'review.md'
    )
    expect(items).toHaveLength(1)
    expect(items[0]!.prompt).toBe('What will the following print?')
    expect(items[0]!.answer).toBeNull()
    expect(items[0]!.detail).toContain('print(2 ** 3)')
  })
})

describe('a label heading with words in front of it', () => {
  it('numbers the statement under it, even one that does not ask', () => {
    const items = parse(
      '#### Strings Question #1\n\nUnderline the immutable types: list, str, tuple.\n\n' +
        '#### Strings Question #2\n\nWhat does `s[::-1]` return?\n'
    )
    expect(items.map((i) => i.prompt)).toEqual([
      'Underline the immutable types: list, str, tuple.',
      'What does `s[::-1]` return?'
    ])
  })
})

describe('a stem ending in a colon over lines with blanks', () => {
  it('is one question with those lines, no answer', () => {
    const items = parse(
      '## Question 4\n\nComplete the sentences:\n\n\tA set holds ________ values.\n\n' +
        '\tA dict maps keys to ________.\n'
    )
    expect(items).toEqual([
      {
        kind: 'question',
        prompt:
          'Complete the sentences: A set holds ________ values. A dict maps keys to ________.',
        answer: null
      }
    ])
  })
})

describe('topic lists in a handout of labelled questions', () => {
  const handout =
    '## Topics\n\n- Variables\n- Loops\n- Functions\n\n' +
    '### Question 1\n\nWhat is a variable?\n\n### Question 2\n\nWhat is a loop?\n\n' +
    '### Question 3\n\nWhat does `return` do?\n'

  it('are its syllabus, not items', () => {
    expect(parse(handout).map((i) => i.kind)).toEqual(['question', 'question', 'question'])
  })

  it('stay items when the questions are not labelled that way', () => {
    const items = parse('## Topics\n\n- Variables\n- Loops\n\n## Questions\n\n1. What is a loop?\n')
    expect(items.map((i) => i.kind)).toEqual(['topic', 'topic', 'question'])
  })
})
