/**
 * Quiz stems that ask without a question mark: true/false statements, fill-in-the-blank
 * stems, and multiple-choice stems ending in `:` with their options and key nested under them.
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import {
  hasFillInBlank,
  isTrueFalseStatement
} from '../../../../../src/shared/domain/parse/quizStems'

function parse(text: string) {
  return parseDocument(text, 'quiz.md').map((i) => ({ prompt: i.prompt, answer: i.answer }))
}

describe('true/false and fill-in-the-blank stems', () => {
  it('are recognised by their marks', () => {
    expect(isTrueFalseStatement('Python lists are immutable (T/F)')).toBe(true)
    expect(isTrueFalseStatement('True or False: a tuple can hold lists.')).toBe(true)
    expect(isTrueFalseStatement('Las listas son mutables (V/F)')).toBe(true)
    expect(isTrueFalseStatement('The TCP/IP model')).toBe(false)
    expect(hasFillInBlank('A dict maps keys to \\_\\_\\_\\_\\_\\_.')).toBe(true)
    expect(hasFillInBlank('The `__init__` method')).toBe(false)
  })

  it('make a numbered list of them a quiz, tab-indented answers and all', () => {
    const items = parse(
      '# Python basics\n\n' +
        '1. Strings are mutable in Python (T/F)\n\t- False\n' +
        '2. Lists keep their insertion order (T/F)\n\t- True\n' +
        '3. A function without return gives \\_\\_\\_\\_\\_\\_.\n\t- None\n'
    )
    expect(items.map((i) => i.prompt)).toEqual([
      'Strings are mutable in Python (T/F)',
      'Lists keep their insertion order (T/F)',
      'A function without return gives ______.'
    ])
    expect(items.map((i) => i.answer)).toEqual(['- False', '- True', '- None'])
  })
})

describe('a multiple-choice stem ending in a colon', () => {
  it('asks when its options and an answer label are nested under it', () => {
    const items = parse(
      '1. A Python set is:\n\t1. Ordered\n\t2. Unordered\n\t\t- **Answer:** Unordered\n' +
        '2. The len() of "abc" is:\n\t1. 2\n\t2. 3\n\t\t- **Answer:** 3\n'
    )
    expect(items.map((i) => i.prompt)).toEqual(['A Python set is:', 'The len() of "abc" is:'])
    // The key is the answer; the options above it are not (see keyAfterOptions).
    expect(items.map((i) => i.answer)).toEqual(['Unordered', '3'])
  })

  it('does not when it is a lead-in to steps', () => {
    const items = parse(
      '1. Install the following:\n\t1. Python\n\t2. pip\n2. Set up the project:\n\t1. clone\n\t2. build\n'
    )
    expect(items).toEqual([])
  })
})
