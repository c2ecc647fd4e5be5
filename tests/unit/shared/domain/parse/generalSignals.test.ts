/**
 * General signals read from real documents (issue 9), one small inline document each: each rule
 * is a shape, not one document.
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

function parse(text: string, file = 'notes.md') {
  return parseDocument(text, file).map((i) => ({
    kind: i.kind,
    prompt: i.prompt,
    answer: i.answer
  }))
}

describe('a rule right under a heading', () => {
  it('underlines the heading instead of ending its answer', () => {
    const items = parse(
      '# Deadlock nedir ??\n-------------\nDeadlock is a wait that never ends.\n\n' +
        '# Livelock nedir ??\n-------------\nBusy, but no progress.\n',
      'notes.txt'
    )
    expect(items).toEqual([
      {
        kind: 'question',
        prompt: 'Deadlock nedir ??',
        answer: 'Deadlock is a wait that never ends.'
      },
      { kind: 'question', prompt: 'Livelock nedir ??', answer: 'Busy, but no progress.' }
    ])
  })
})

describe('exam points after a question', () => {
  it('are not part of the prompt', () => {
    const items = parse(
      '## 1. Que fait [::-1] ? (1,5pt)\n\nIt reverses.\n\n## 2. What is a tuple? (2 marks)\n\nImmutable.\n'
    )
    expect(items.map((i) => i.prompt)).toEqual(['Que fait [::-1] ?', 'What is a tuple?'])
  })

  it('leaves a parenthesis that is not points alone', () => {
    expect(parse('## What is PEP 8 (style guide)?\n\nThe style guide.\n')[0]?.prompt).toBe(
      'What is PEP 8 (style guide)?'
    )
  })
})

describe('model answer labels', () => {
  it('are dropped from the answer like `Answer:`', () => {
    const items = parse(
      '### Q1: What blocks the event loop?\n\n**Model answer:**\n\nA sync call in an async route.\n'
    )
    expect(items[0]?.answer).toBe('A sync call in an async route.')
  })
})

describe('a subheading that introduces a part of the answer', () => {
  it('stays in the answer even when it starts with a question word', () => {
    const items = parse(
      '## 1. What is async in FastAPI?\n\nConcurrency for I/O.\n\n### Why important for ML:\n\n' +
        '- many users\n\n## 2. What is Pydantic?\n\nValidation.\n'
    )
    expect(items.map((i) => i.prompt)).toEqual(['What is async in FastAPI?', 'What is Pydantic?'])
    expect(items[0]?.answer).toContain('many users')
  })
})

describe('contact lines', () => {
  it('are not topics', () => {
    const items = parse(
      '**Email**: someone@example.com <br />\n**Website**: https://example.com <br />\n\n' +
        '## What is a join?\n\nCombining rows.\n'
    )
    expect(items.map((i) => i.prompt)).toEqual(['What is a join?'])
  })
})
