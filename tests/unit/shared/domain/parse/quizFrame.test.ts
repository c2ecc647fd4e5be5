/**
 * The frame around a quiz is not its items: a block of properties (`Total Questions: 10`), an
 * answer key table numbering the questions, and a `### Question 8` label over a bold statement
 * that is the question.
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { isPropertyBlock } from '../../../../../src/shared/domain/parse/judgeList'

function prompts(text: string): string[] {
  return parseDocument(text, 'quiz.md').map((i) => i.prompt)
}

describe('a block of properties', () => {
  it('is not a list of topics, bulleted or bold', () => {
    expect(
      prompts(
        '## Instructions\n- Total Questions: 10\n- Time Limit: 20 minutes\n- Calculator allowed\n'
      )
    ).toEqual([])
    expect(prompts('**Total Questions:** 75  \n**Interview Format:** Live coding\n')).toEqual([])
  })

  it('needs most entries to be properties', () => {
    expect(isPropertyBlock(['Flask', 'Django: batteries included', 'FastAPI'])).toBe(false)
    expect(isPropertyBlock(['Level: junior', 'Time: 5 minutes'])).toBe(true)
  })

  it('leaves a topic list alone', () => {
    expect(prompts('25/04/2018\n- mro\n- descriptors\n- metaclasses\n')).toEqual([
      'mro',
      'descriptors',
      'metaclasses'
    ])
  })
})

describe('an answer key table', () => {
  it('adds no items: its question column holds numbers', () => {
    const text =
      '### Question 1\nWhat does GET do?\n\nA) Creates\nB) Reads\n\n' +
      '### Question 2\nWhat does 404 mean?\n\nA) OK\nB) Not found\n\n' +
      '## Answers\n\n| Question | Answer | Explanation |\n|---|---|---|\n| 1 | B | GET reads |\n| 2 | B | Not found |\n'
    expect(prompts(text)).toEqual(['What does GET do?', 'What does 404 mean?'])
  })
})

describe('a numbered label heading over a bold statement', () => {
  it('takes the bold line as the question, not as a list entry', () => {
    const text =
      '### Question 7\n**How many seconds are in a day?**\n\nA) 8,640\nB) 86,400\n\n' +
      '### Question 8\n**2²⁰ is approximately equal to:**\n\nA) 100 thousand\nB) 1 million\n'
    expect(prompts(text)).toEqual([
      'How many seconds are in a day?',
      '2²⁰ is approximately equal to:'
    ])
  })
})
