import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { readAnswerKey } from '../../../../../src/shared/domain/parse/answerKey'

const QUESTIONS = [
  '### Question 1',
  'Which method reads a resource?',
  '',
  '- **A)** POST',
  '- **B)** GET',
  '',
  '### Question 2',
  'Which status means not found?',
  '',
  'A) 500',
  'C) 404',
  'B) 200',
  '',
  '### Question 3',
  'Which output does `print("a", "b")` give?',
  '',
  '- **A)** ab',
  '- **B)** a',
  '   b',
  '- **C)** a b',
  ''
].join('\n')

describe('an answer key kept apart from the quiz', () => {
  it('reads `1. (B)` lines and `| 1 | B | note |` rows, and only a run of them', () => {
    expect([...readAnswerKey(['1. (B)', '2) c', '3 - A'])]).toEqual([
      [1, { letters: ['b'], note: '' }],
      [2, { letters: ['c'], note: '' }],
      [3, { letters: ['a'], note: '' }]
    ])
    expect(
      readAnswerKey(['| 1 | B | reads |', '| 2 | C | not found |', '| 3 | A | x |']).get(2)
    ).toEqual({ letters: ['c'], note: 'not found' })
    expect(readAnswerKey(['1. B', 'Some text']).size).toBe(0)
  })

  it('gives each quiz question the option its key names (a wrapped option whole)', () => {
    const doc = `${QUESTIONS}\n## Solutions\n\n1. (B)\n2. (C)\n3. (B)\n`
    const items = parseDocument(doc, 'quiz.md')
    expect(items.map((i) => i.answer)).toEqual(['- **B)** GET', 'C) 404', '- **B)** a\nb'])
    expect(items[1]!.detail).toBe('A) 500\nC) 404\nB) 200')
  })

  it('a key table adds its note to the chosen option', () => {
    const doc = `${QUESTIONS}\n| Question | Answer | Explanation |\n|---|---|---|\n| 1 | B | GET reads |\n| 2 | C | 404 is not found |\n| 3 | C | a space between |\n`
    const items = parseDocument(doc, 'quiz.md').filter((i) => i.kind === 'question')
    expect(items.map((i) => i.answer)).toEqual([
      '- **B)** GET\n\nGET reads',
      'C) 404\n\n404 is not found',
      '- **C)** a b\n\na space between'
    ])
  })
})
