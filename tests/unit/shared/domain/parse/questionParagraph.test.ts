/**
 * Question lines with their answers right below them, no marker, a blank line between pairs
 * (`questionParagraph`), and the emoji range titles that head such lists.
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { symbolTitle } from '../../../../../src/shared/domain/parse/lineShapes'
import { endsAsking, questionRuns } from '../../../../../src/shared/domain/parse/questionParagraph'

function parse(text: string, file = 'notes.md') {
  return parseDocument(text, file).map((i) => ({
    kind: i.kind,
    prompt: i.prompt,
    answer: i.answer
  }))
}

describe('a question line over its answer lines', () => {
  it('pairs each question with the prose below it', () => {
    const items = parse(
      'What is a mutex?\nA lock that one thread holds at a time.\n\n' +
        'Explain the GIL.\nOne interpreter lock; threads take turns.\nIt is released on I/O.\n\n' +
        'What is the default port of Redis?\n6379.\n'
    )
    expect(items).toEqual([
      {
        kind: 'question',
        prompt: 'What is a mutex?',
        answer: 'A lock that one thread holds at a time.'
      },
      {
        kind: 'question',
        prompt: 'Explain the GIL.',
        answer: 'One interpreter lock; threads take turns.\nIt is released on I/O.'
      },
      { kind: 'question', prompt: 'What is the default port of Redis?', answer: '6379.' }
    ])
  })

  it('splits a paragraph that holds several pairs without blank lines', () => {
    const items = parse(
      'What is a set?\nAn unordered collection.\nWhat is a list?\nAn ordered sequence.\n'
    )
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      ['What is a set?', 'An unordered collection.'],
      ['What is a list?', 'An ordered sequence.']
    ])
  })

  it('reads one rhetorical question in prose as nothing', () => {
    const items = parse(
      'Why does this matter?\nBecause the reader needs to know what comes next in the story.\n'
    )
    expect(items).toEqual([])
  })

  it('keeps a list of question lines a list of unanswered questions', () => {
    const items = parse('What is a set?\nWhat is a list?\nWhat is a dict?\n')
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      ['What is a set?', null],
      ['What is a list?', null],
      ['What is a dict?', null]
    ])
  })

  it('is not a pair when the lines below are topics', () => {
    expect(questionRuns(['What should I learn?', 'Django', 'Flask'])).toBeNull()
    expect(questionRuns(['What is X?', 'It is Y.'])).toEqual([{ head: 0, tail: [1] }])
  })

  it('asks at the end of a line, not in its middle', () => {
    expect(endsAsking('Is Redis in-memory only? Explain.')).toBe(true)
    expect(
      endsAsking('Why? Because the interpreter holds one lock while it runs bytecode in a thread.')
    ).toBe(false)
  })
})

describe('an emoji title with a range of question numbers', () => {
  it('names a section', () => {
    expect(symbolTitle('🔹 11–20: Data Structures & Operations')).toBe(
      'Data Structures & Operations'
    )
    expect(symbolTitle('🧠 1. Core Backend Concepts')).toBe('Core Backend Concepts')
    expect(symbolTitle('🔹 11–20 Data Structures')).toBeNull()
  })
})
