import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

describe('a rule inside an indented plain-text answer', () => {
  it('underlines the line above it, so the answer goes on to the next question', () => {
    const doc = [
      'Q1) What is a list comprehension ?',
      'Ans) A short way to build a list.',
      '',
      '\t Syntax: -',
      '\t ------',
      '\t [expr for x in items]',
      '',
      'Q2) What is a set ?',
      'Ans) An unordered collection of unique items.',
      ''
    ].join('\n')
    const items = parseDocument(doc, 'notes.txt')
    expect(items.map((i) => i.prompt)).toEqual([
      'What is a list comprehension ?',
      'What is a set ?'
    ])
    expect(items[0]!.answer).toContain('[expr for x in items]')
  })

  it('still ends the answer at a rule at the question’s own indentation', () => {
    const doc = 'Q1) What is a tuple ?\nAns) An immutable sequence.\n------\nUnrelated notes.\n'
    expect(parseDocument(doc, 'notes.txt')[0]!.answer).toBe('An immutable sequence.')
  })
})
