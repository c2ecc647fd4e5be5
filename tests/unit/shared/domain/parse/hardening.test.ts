/**
 * The rules added for unseen documents, each with the case it must not over-reach on: prose,
 * steps and link lists stay non-items; markers are recognised only where they mark.
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { fenceBareCode } from '../../../../../src/shared/domain/parse/fenceBareCode'
import { listPrompt } from '../../../../../src/shared/domain/parse/listPrompt'
import { splitRow } from '../../../../../src/shared/domain/parse/formats/questionTable'

const parse = (text: string) => parseDocument(text, 'doc.md')

describe('front matter and comments', () => {
  it('skips front matter and HTML comments, and still finds the title', () => {
    const items = parse(
      '<!-- copied from a wiki\n   on Monday -->\n---\ntitle: Notes\ntags: [a, b]\n---\n# Python\n\n## Basics\n\n- What is a list?\n- What is a dict?\n'
    )
    expect(items.map((i) => [i.prompt, i.section])).toEqual([
      ['What is a list?', 'Basics'],
      ['What is a dict?', 'Basics']
    ])
  })

  it('leaves a `---` rule further down alone', () => {
    const items = parse(
      'Q: What is WSGI?\nA: A server interface.\n\n---\n\nQ: What is ASGI?\nA: Its async successor.\n'
    )
    expect(items.map((i) => i.answer)).toEqual(['A server interface.', 'Its async successor.'])
  })
})

describe('question headings judged by their siblings', () => {
  it('does not turn a README of section headings into questions', () => {
    const items = parse(
      '# Tool\n\n## Installation\n\nRun `pip install tool`.\n\n## Usage\n\nCall it with a path.\n\n## Why another tool?\n\nBecause.\n'
    )
    expect(items.map((i) => i.prompt)).toEqual(['Why another tool?'])
  })

  it('stops an answer at a deeper heading that asks', () => {
    const items = parse('## What is Django?\n\nA framework.\n\n### What is an app?\n\nA package.\n')
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      ['What is Django?', 'A framework.'],
      ['What is an app?', 'A package.']
    ])
  })
})

describe('a numbered list of questions after a question heading', () => {
  it('starts new questions instead of joining the heading answer', () => {
    const items = parse(
      '## What is Django?\n\nA framework.\n\n1. What is CSRF?\n\n   A forged request.\n\n2. What is XSS?\n'
    )
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      ['What is Django?', 'A framework.'],
      ['What is CSRF?', 'A forged request.'],
      ['What is XSS?', null]
    ])
  })

  it('keeps a numbered list of steps inside the answer', () => {
    const items = parse('## How do I deploy?\n\n1. Build the image.\n2. Push it.\n')
    expect(items).toHaveLength(1)
    expect(items[0]?.answer).toBe('1. Build the image.\n2. Push it.')
  })
})

describe('paragraph answers', () => {
  it('does not read paragraphs under a numbered list of steps', () => {
    const items = parse('1. Install Python\n\nDownload it from python.org.\n\n2. Create a venv\n')
    expect(items.some((i) => i.prompt === 'Install Python')).toBe(false)
    expect(items.every((i) => i.answer === null)).toBe(true)
  })

  it('does not take the next question as an answer', () => {
    const items = parse('1. What is a tuple?\n\nWhat is a list?\n')
    expect(items[0]?.answer ?? null).toBeNull()
  })
})

describe('list entries that are links', () => {
  it('keeps a linked question and drops navigation', () => {
    expect(listPrompt('[What is the GIL?](https://example.com/gil)')).toBe('What is the GIL?')
    expect(listPrompt('[What is the GIL?](#what-is-the-gil)')).toBe('')
    expect(listPrompt('[Real Python](https://realpython.com)')).toBe('')
    expect(listPrompt('What is [PEP 8](https://peps.python.org/pep-0008/)?')).toBe(
      'What is [PEP 8](https://peps.python.org/pep-0008/)?'
    )
  })
})

describe('fenceBareCode', () => {
  it('fences a run of Python and leaves sentences alone', () => {
    expect(fenceBareCode(['Example:', '', 'import os', 'print(os.getcwd())', '', 'Done.'])).toEqual(
      ['Example:', '', '```python', 'import os', 'print(os.getcwd())', '```', '', 'Done.']
    )
    const prose = ['Use it for short, throwaway functions.', 'x = 1 is an assignment in prose']
    expect(fenceBareCode(prose)).toEqual(prose)
  })

  it('does not touch code already in a fence', () => {
    const fenced = ['```', 'def f():', '    pass', '```']
    expect(fenceBareCode(fenced)).toEqual(fenced)
  })
})

describe('table rows', () => {
  it('keeps pipes inside code and escaped pipes in their cell', () => {
    expect(splitRow('| 1 | What does `a | b` do on sets? | Union \\| join |')).toEqual([
      '1',
      'What does `a | b` do on sets?',
      'Union | join'
    ])
  })
})

describe('markers', () => {
  it('reads `Q-1` questions and `Ans:-` answers, but not a dash list after `Answer:`', () => {
    const items = parse(
      'Q-1 What is Flask?\nAns:-A micro framework.\n\nQ-2 What is Jinja?\nAnswer: - templates\n'
    )
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      ['What is Flask?', 'A micro framework.'],
      ['What is Jinja?', '- templates']
    ])
  })

  it('takes a `What:` label as part of an answer, not a question', () => {
    const items = parse('1. What is a mutex?\n\nWhat: a lock.\n\nHow: acquire, then release.\n')
    expect(items).toHaveLength(1)
    expect(items[0]?.answer).toBe('What: a lock.\n\nHow: acquire, then release.')
  })
})
