/** The common shapes the seeds do not use, one small fixture each. */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { itemAt, lineOf, loadFixture } from './seedHelpers'

describe('Q:/A: pairs', () => {
  const doc = loadFixture('qa-colon.md')

  it('reads multi-line answers up to the next Q:', () => {
    expect(doc.items.map((i) => i.prompt)).toEqual([
      'What is a Flask blueprint?',
      'How do you read a query parameter?',
      'What does `g` hold?'
    ])
    expect(doc.items[0]?.answer).toBe(
      'A way to group routes, templates and static files.\n' +
        'Register it on the app with `app.register_blueprint(bp)`.\n\nIt keeps large apps modular.'
    )
    expect(doc.items[1]?.answer).toBe(
      'Use `request.args`:\n\n```python\nname = request.args.get("name", "world")\n```'
    )
    expect(doc.items[2]?.answer).toBeNull()
  })

  it('does not make the title a section', () => {
    expect(doc.items.every((i) => i.section === null)).toBe(true)
  })
})

describe('<details> answers under bold numbered questions', () => {
  const doc = loadFixture('details-bold.md')

  it('keeps the body as Markdown and drops the disclosure HTML', () => {
    const di = itemAt(doc, lineOf(doc, 'dependency injection'))
    expect(di?.answer).toBe(
      'FastAPI calls the functions you declare with `Depends()` and passes their results in.\n\n' +
        '```python\ndef get_db():\n    yield Session()\n```'
    )
    expect(itemAt(doc, lineOf(doc, 'path operation'))?.answer).toBe(
      'A function decorated with `@app.get(...)` and friends.'
    )
    for (const item of doc.items) expect(item.answer ?? '').not.toMatch(/<\/?(?:details|summary)/)
  })

  it('leaves a question without details unanswered', () => {
    expect(doc.items).toHaveLength(3)
    expect(doc.items[2]).toMatchObject({
      prompt: 'How are request bodies validated?',
      answer: null
    })
    expect(doc.items.every((i) => i.section === 'FastAPI')).toBe(true)
  })
})

describe('1) questions with => answers', () => {
  const doc = loadFixture('paren-arrow.txt')

  it('pairs each question with its arrow answer, continuation included', () => {
    expect(doc.items.map((i) => [i.prompt, i.answer])).toEqual([
      ['What is a list comprehension?', 'A compact way to build a list: [x * 2 for x in xs]'],
      [
        'Why are tuples hashable?',
        'Because they are immutable,\nas long as every element is hashable too.'
      ],
      ['What does enumerate return?', null]
    ])
  })

  it('heads the list with the lone line above it', () => {
    expect(doc.items.every((i) => i.section === 'Python quick round')).toBe(true)
  })
})

describe('setext headings', () => {
  const doc = loadFixture('setext.md')

  it('uses a `----` underlined heading as a section and a `====` one on top as the title', () => {
    expect(itemAt(doc, lineOf(doc, 'What is a generator?'))?.section).toBe('Generators')
    expect(doc.items.some((i) => i.section === 'Python Notes')).toBe(false)
  })

  it('reads an underlined question heading as a question with the text below as answer', () => {
    const item = itemAt(doc, lineOf(doc, 'What is yield from?'))
    expect(item).toMatchObject({ kind: 'question', answer: 'It delegates to a sub-generator.' })
  })

  it('gives loose questions their indented notes', () => {
    expect(itemAt(doc, lineOf(doc, 'How do you stop a generator early?'))?.answer).toBe(
      'Call its close() method.'
    )
  })
})

describe('plain Markdown notes degrade gracefully', () => {
  const doc = loadFixture('plain-notes.md')

  it('makes no items of prose paragraphs or sentence bullets', () => {
    expect(doc.items).toHaveLength(1)
  })

  it('still reads a heading that is itself a question', () => {
    expect(doc.items[0]).toMatchObject({
      kind: 'question',
      prompt: 'What is the difference between null and blank?',
      answer: '`null` is about the database column; `blank` is about form validation.',
      section: null
    })
  })

  it('does not read headings like "How it works" as questions', () => {
    const items = parseDocument('# Notes\n\n## How it works\n\nIt just does, mostly.\n', 'n.md')
    expect(items).toEqual([])
  })
})

describe('other shapes', () => {
  it('reads `- [ ]` checklists and keeps a terse entry as a topic', () => {
    const items = parseDocument('## Todo\n- [x] Decorators\n- [ ] Metaclasses\n', 't.md')
    expect(items.map((i) => [i.kind, i.prompt, i.checked, i.section])).toEqual([
      ['topic', 'Decorators', true, 'Todo'],
      ['topic', 'Metaclasses', false, 'Todo']
    ])
  })

  it('reads a `Topics:` line as the section of the lines below', () => {
    const items = parseDocument('Topics:\nasyncio\ncontextvars\n', 't.txt')
    expect(items.map((i) => [i.kind, i.prompt, i.section])).toEqual([
      ['topic', 'asyncio', 'Topics'],
      ['topic', 'contextvars', 'Topics']
    ])
  })

  it('takes a bold label line as a section', () => {
    const items = parseDocument('**Django**\n\n1. What is a QuerySet?\n', 'b.md')
    expect(items[0]?.section).toBe('Django')
  })

  it('keeps a fence right under a loose question as its answer', () => {
    const items = parseDocument(
      'How do you swap two variables?\n```python\na, b = b, a\n```\n',
      's.md'
    )
    expect(items[0]?.answer).toBe('```python\na, b = b, a\n```')
  })

  it('closes a fence that the answer cut off', () => {
    const items = parseDocument('1. What is X?\n   ```py\n   x = 1\n2. What is Y?\n', 'f.md')
    expect(items.map((i) => i.prompt)).toEqual(['What is X?', 'What is Y?'])
    expect(items[0]?.answer).toBe('```py\nx = 1\n```')
  })

  it('ends a question heading’s answer at a bold numbered question', () => {
    const text =
      '## Decorators\n### What is a decorator?\nA wrapper.\n\n1. **How do you write one?**\n'
    expect(parseDocument(text, 'd.md').map((i) => [i.prompt, i.answer, i.section])).toEqual([
      ['What is a decorator?', 'A wrapper.', 'Decorators'],
      ['How do you write one?', null, 'Decorators']
    ])
  })

  it('joins a question wrapped onto an indented lower-case line', () => {
    const text =
      '1. What is the difference between\n   lists and tuples?\n   - Lists are mutable.\n'
    expect(parseDocument(text, 'w.md').map((i) => [i.prompt, i.answer, i.source.line])).toEqual([
      ['What is the difference between lists and tuples?', '- Lists are mutable.', 1]
    ])
  })

  it('converts simple inline HTML in answers to Markdown', () => {
    const text = 'Q: What is <b>bold</b>?\nA: It uses <code>strong</code> and<br>\n<p>breaks</p>\n'
    expect(parseDocument(text, 'h.md')[0]?.answer).toBe('It uses `strong` and\nbreaks')
  })
})

describe('a Markdown cheatsheet with code, a table, steps and a few questions', () => {
  const doc = loadFixture('cheatsheet.md')

  it('finds only the three questions', () => {
    expect(doc.items.map((i) => i.prompt)).toEqual([
      'What is the ORM?',
      'What is a migration?',
      'What are signals?'
    ])
  })

  it('does not read a numbered list of steps as questions', () => {
    expect(doc.items.some((i) => i.prompt.startsWith('Create a virtual environment'))).toBe(false)
  })

  it('ends a question heading’s answer at the next `**Q2.**` line', () => {
    expect(itemAt(doc, lineOf(doc, '### Q1: What is the ORM?'))?.answer).toBe(
      'The ORM maps models to tables.'
    )
    expect(itemAt(doc, lineOf(doc, '**Q2. What is a migration?**'))?.answer).toBe(
      'A migration is a file describing schema changes.'
    )
  })

  it('stops an answer at a closing pleasantry', () => {
    expect(itemAt(doc, lineOf(doc, 'Question 3: What are signals?'))?.answer).not.toContain(
      'Thanks for reading'
    )
  })
})

describe('numbered questions with answers right below, not indented', () => {
  const doc = loadFixture('numbered-unindented.md')

  it('takes `**Answer:**`, `Answer:` and a plain paragraph as the answer', () => {
    expect(doc.items.map((i) => [i.prompt, i.answer])).toEqual([
      ['What is Python?', 'Python is a high-level language.'],
      ['What is PEP 8?', 'The style guide.'],
      ['What is a list?', 'A mutable sequence.\nIt can hold anything.'],
      ['What is a dict?', null],
      ['What is a set?', null],
      ['What is a tuple?', null]
    ])
  })

  it('keeps a bare link under a question as a link', () => {
    expect(itemAt(doc, lineOf(doc, 'What is a dict?'))?.links).toEqual([
      'https://docs.python.org/3/library/stdtypes.html#dict'
    ])
  })
})

describe('a README with badges, link lists and API bullets', () => {
  const doc = loadFixture('readme-like.md')

  it('yields only the question heading', () => {
    expect(doc.items.map((i) => [i.kind, i.prompt, i.answer])).toEqual([
      ['question', 'How does it compare to a sorted array?', 'Pushing is O(log n) instead of O(n).']
    ])
  })
})

describe('bold Q markers, `Question:`/`Answer:`, `## Q:` headings, bullets under a question', () => {
  const doc = loadFixture('bold-q-variants.md')

  it('pairs every question with the answer written under it', () => {
    expect(doc.items.map((i) => [i.prompt, i.answer])).toEqual([
      ['What is a decorator?', 'A decorator wraps a function.'],
      ['What is a generator?', 'A generator yields values.'],
      ['What is X?', 'Y'],
      ['What is Z?', 'Z is z.'],
      ['What is a closure?', '- captures variables\n- from the enclosing scope'],
      ['What is a lambda?', 'An anonymous function.']
    ])
  })
})
