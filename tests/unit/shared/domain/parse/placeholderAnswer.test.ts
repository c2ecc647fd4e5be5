import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { isPlaceholderAnswer } from '../../../../../src/shared/domain/parse/placeholderAnswer'

describe('placeholder answers', () => {
  it('knows the marks that only hold a place', () => {
    for (const text of [
      'n/a',
      '- n/a',
      '-N/A',
      '**TBD**',
      '(todo)',
      '…',
      '-',
      '?',
      'Your answer here'
    ])
      expect(isPlaceholderAnswer(text), text).toBe(true)
  })

  it('keeps short real answers, "None" among them', () => {
    for (const text of ['None', 'Yes', '42', 'def', 'O(n)', 'n/a in SQL means NULL'])
      expect(isPlaceholderAnswer(text), text).toBe(false)
  })

  it('leaves a question with a placeholder answer unanswered', () => {
    const items = parseDocument('Q. What is pass in Python?\nAns- n/a\n', 'test.txt')
    expect(items).toHaveLength(1)
    expect(items[0]!.answer).toBeNull()
  })
})

describe('a lone question line, then its answer after a blank line', () => {
  it('takes the bullets after the blank line as the answer', () => {
    const doc = [
      'What is a dynamically typed language?',
      '',
      '- The type is assigned at run time.',
      '',
      'What is an interpreted language?',
      '',
      '- There is no compiling step.'
    ].join('\n')
    expect(parseDocument(doc, 'notes.md').map((i) => [i.prompt, i.answer])).toEqual([
      ['What is a dynamically typed language?', '- The type is assigned at run time.'],
      ['What is an interpreted language?', '- There is no compiling step.']
    ])
  })

  it('does not take a short title line between questions for an answer', () => {
    const doc = 'What is Django?\n\n🔹 Models & ORM\n\nWhat is a model?\n'
    const first = parseDocument(doc, 'notes.md')[0]!
    expect(first.prompt).toBe('What is Django?')
    expect(first.answer).toBeNull()
  })
})
