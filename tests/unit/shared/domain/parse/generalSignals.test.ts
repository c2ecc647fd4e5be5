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

describe('course notes: headings that name topics, prose under each', () => {
  const notes =
    '## Celery\n\nCelery is a distributed task queue that runs work in the background.\n\n' +
    '#### Reference\n\n* [Celery docs](https://docs.celeryq.dev)\n\n' +
    '[Back](https://example.com)/[Up](#top)\n\n' +
    '## Duck Typing\n\nAn object is used by what it can do, not by what class it is.\n\n' +
    '### In Python\n\nProtocols make the idea explicit for type checkers.\n\n' +
    '## Timsort\n\nThe hybrid of merge sort and insertion sort behind `list.sort`.\n\n' +
    '## PyPy\n\nAn interpreter with a tracing JIT, usually faster than CPython.\n'

  it('makes each heading an item with its prose, subheadings included', () => {
    const items = parse(notes)
    expect(items.map((i) => i.prompt)).toEqual(['Celery', 'Duck Typing', 'Timsort', 'PyPy'])
    expect(items[1]?.answer).toContain('Protocols make the idea explicit')
  })

  it('leaves page navigation out of the answer', () => {
    expect(parse(notes)[0]?.answer).not.toContain('Back')
  })

  it('keeps headings as sections when the document lists its questions', () => {
    const withQuestions =
      notes + '\n## Practice\n\nTry these.\n\n1. What is a broker?\n2. How does a worker ack?\n'
    const prompts = parse(withQuestions).map((i) => i.prompt)
    expect(prompts).toEqual(['What is a broker?', 'How does a worker ack?'])
  })

  it('needs a run of such headings: three prose sections are a note', () => {
    const note = notes.slice(0, notes.indexOf('## PyPy'))
    expect(parse(note)).toEqual([])
  })

  it('needs prose under most headings, not lists', () => {
    const lists =
      '## Flask\n- routing\n- templates\n\n## Django\n- ORM\n- admin\n\n## FastAPI\n- pydantic\n'
    expect(parse(lists).some((i) => ['Flask', 'Django', 'FastAPI'].includes(i.prompt))).toBe(false)
  })
})

describe('a heading that only numbers the question below', () => {
  it('takes the wrapped paragraph under `## 12` as the prompt', () => {
    const items = parse(
      '# Exam\n\n## 1\n\nQual è lo scopo principale dell indentazione? Fare un esempio\nin cui essa conta.\n\n' +
        '## 2\n\nSpiegare il concetto di alias.\n'
    )
    expect(items.map((i) => i.prompt)).toEqual([
      'Qual è lo scopo principale dell indentazione? Fare un esempio in cui essa conta.',
      'Spiegare il concetto di alias.'
    ])
  })

  it('takes the question under `## Python Quiz 0001`, with the rest as its answer', () => {
    const items = parse(
      '## Python Quiz 0001\nWhich letter marks imaginary numbers?\n\na) i\nb) j\n\n**The correct answer is b) j**\n'
    )
    expect(items).toHaveLength(1)
    expect(items[0]?.prompt).toBe('Which letter marks imaginary numbers?')
    expect(items[0]?.answer).toContain('The correct answer is b) j')
  })

  it('leaves `# Lesson 1:` over a list of questions a heading, not a question', () => {
    const items = parse(
      '# Lesson 1:\n- Question 1.1: What is PyPI?\n  - Answer: The package index\n'
    )
    expect(items).toHaveLength(1)
    expect(items[0]?.prompt).toContain('What is PyPI?')
    expect(items[0]?.answer).toBe('The package index')
  })
})

describe('`Que.` / `Ans` notes', () => {
  it('read as question and answer; `Que fait…` stays French', () => {
    const items = parse(
      'Que. What is Python?\nAns A programming language.\n    Created by Guido.\n\nQue. why Python?\nAns\n    - simple syntax\n',
      'notes.txt'
    )
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      ['What is Python?', 'A programming language.\nCreated by Guido.'],
      ['why Python?', '- simple syntax']
    ])
    expect(parse('## Que fait zip ?\n\nIl associe.\n')[0]?.prompt).toBe('Que fait zip ?')
  })
})

describe('quiz shapes', () => {
  it('takes any statement under `### Question 04`, options included in its answer', () => {
    const items = parse(
      '### **Question 04**\nFill the blank with the code that gives the output.\n\n' +
        '- **A)** `print("a")`\n- **B)** `print("b")`\n\n---\n\n' +
        '### **Question 05**\nWhat would be the output?\n\n- **A)** 1\n- **B)** 2\n'
    )
    expect(items.map((i) => i.prompt)).toEqual([
      'Fill the blank with the code that gives the output.',
      'What would be the output?'
    ])
    expect(items[0]?.answer).toContain('print("b")')
  })

  it('reads `_Answer is 3) A constant_` as the answer, not an item', () => {
    const items = parse(
      '**1. What is "98.6"?**\n\n    1) A variable\n    2) A constant\n\n_Answer is 2) A constant_\n\n' +
        '**2. What does print("a"+"b") print?**\n\n_Answer is 1) ab_\n'
    )
    expect(items.map((i) => i.prompt)).toEqual([
      'What is "98.6"?',
      'What does print("a"+"b") print?'
    ])
    expect(items[1]?.answer).toContain('ab')
  })
})

describe('HTML bold questions', () => {
  it('read `<b>1. What is X?</b>` like `**1. What is X?**`', () => {
    const items = parse(
      '<pre>\n<b>1. Which data types are there?</b>\n    - Bool\n    - Int\n</pre>\n' +
        '<pre>\n<b>2. What does bacon contain?</b>\nStill 20.\n</pre>\n'
    )
    expect(items.map((i) => i.prompt)).toEqual([
      'Which data types are there?',
      'What does bacon contain?'
    ])
    expect(items[1]?.answer).toContain('Still 20.')
  })
})
