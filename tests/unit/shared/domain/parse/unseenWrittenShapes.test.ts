/**
 * Shapes people really use that no seed has, written for these tests (`unseen/` fixtures
 * without an attribution line): question tables, Notion/Obsidian exports, Stack Overflow
 * style headings, bold `**Q:**`/`**A:**` markers, numbered questions with paragraph answers,
 * and an Anki `question;answer` export.
 */

import { describe, expect, it } from 'vitest'
import { expectEachOnce, expectNoJunk, itemWith, loadUnseen, prompts } from './unseenHelpers'

describe('tables of questions', () => {
  const doc = loadUnseen('table-questions.md')

  it('reads the Question column, with the Answer column when there is one', () => {
    expect(prompts(doc)).toEqual([
      'What is a path operation?',
      'How does FastAPI validate a request body?',
      'What is `Depends()` for?',
      'Explain `BackgroundTasks`',
      'How do you run FastAPI with several workers?',
      'What does `response_model` do?',
      'Difference between `async def` and `def` endpoints'
    ])
    expect(itemWith(doc, 'request body').answer).toBe(
      'With a Pydantic model declared as a parameter.\nInvalid input returns 422.'
    )
    expect(itemWith(doc, 'response_model').answer).toBeNull()
    expect(itemWith(doc, 'several workers').section).toBe('Still to practise')
  })

  it('turns no separator row, header or other table into an item', () => {
    expectNoJunk(doc)
    expect(prompts(doc).some((p) => /uvicorn|pytest|Question|---/.test(p))).toBe(false)
  })
})

describe('Notion export: properties, `- [ ]` toggles, `<details>`, an Obsidian callout', () => {
  const doc = loadUnseen('notion-export.md')

  it('reads every question once and no page property', () => {
    expect(doc.items).toHaveLength(7)
    expectEachOnce(doc)
    expectNoJunk(doc)
    expect(prompts(doc).some((p) => /^(?:Tags|Created)/.test(p))).toBe(false)
  })

  it('keeps check states and dedents toggle bodies with their code', () => {
    expect(itemWith(doc, 'null=True').checked).toBe(true)
    expect(itemWith(doc, 'N+1').checked).toBe(false)
    expect(itemWith(doc, 'N+1').answer).toContain(
      '```python\nBook.objects.select_related("author").all()\n```'
    )
    expect(itemWith(doc, 'middleware').answer).toContain('class TimingMiddleware:')
    expect(itemWith(doc, 'manage.py check').answer).toBe(
      'It runs the system check framework and reports problems\nin models, settings and URLs.'
    )
  })
})

describe('Stack Overflow style `##` question headings', () => {
  const doc = loadUnseen('so-style.md')

  it('reads the four questions; a plain "Background" heading is a section', () => {
    expect(doc.items).toHaveLength(4)
    expect(prompts(doc).some((p) => p.includes('Background'))).toBe(false)
  })

  it('keeps a `### Caveat` sub-heading and link list inside the answer', () => {
    const merge = itemWith(doc, 'merge two dictionaries')
    expect(merge.answer).toContain('```python\nz = {**x, **y}\n```')
    expect(merge.answer).toContain('### Caveat\n\nKeys in `y` win.')
    expect(itemWith(doc, '@classmethod').links).toContain(
      'https://realpython.com/instance-class-and-static-methods-demystified/'
    )
  })
})

describe('bold `**Q:**` / `**A:**` markers', () => {
  const doc = loadUnseen('bold-markers.md')

  it('pairs each question with its answer, code included', () => {
    expect(doc.items).toHaveLength(4)
    expect(itemWith(doc, 'list and a tuple').answer).toContain('```python\npoint = (1, 2)')
    expect(itemWith(doc, 'migration').section).toBe('Django')
    expectNoJunk(doc)
  })
})

describe('numbered questions answered in following paragraphs', () => {
  const doc = loadUnseen('numbered-paragraphs.md')

  it('attaches every paragraph and fence up to the next question', () => {
    expect(doc.items).toHaveLength(4)
    expect(itemWith(doc, 'decorator').answer).toContain('    return wrapper\n```')
    expect(itemWith(doc, '__repr__').answer).toContain('If only `__repr__` is defined')
    expect(prompts(doc)).not.toContain('A short list for a backend role.')
  })
})

describe('Anki `question;answer` export', () => {
  const doc = loadUnseen('anki-export.txt')

  it('splits each card and skips the `#key:value` header lines', () => {
    expect(doc.items).toHaveLength(4)
    expect(itemWith(doc, 'HTTP status').answer).toBe('422')
    expect(prompts(doc).some((p) => p.startsWith('#'))).toBe(false)
  })
})

describe('bold numbered questions and `### Question N` label headings', () => {
  const doc = loadUnseen('question-label-headings.md')

  it('takes the line under a label heading as the prompt', () => {
    expect(prompts(doc)).toEqual([
      'What is a QuerySet?',
      'What does `select_related` do?',
      'What is a signal?',
      'How do you write a custom manager?'
    ])
    const signal = itemWith(doc, 'signal')
    expect(doc.lines[signal.source.line - 1]).toBe('What is a signal?')
    expect(signal.answer).toBe('A hook for decoupled code.')
    expect(signal.section).toBe('Signals and managers')
  })

  it('attaches paragraphs and fences after a blank line', () => {
    expect(itemWith(doc, 'select_related').answer).toContain('```python\nBook.objects')
    expect(itemWith(doc, 'custom manager').answer).toMatch(/filter\(published=True\)\n```$/)
  })
})

describe('a chat answer pasted as plain text: `Main Question:` / `Answer:` labels', () => {
  const doc = loadUnseen('chat-paste-labels.md')

  it('reads the two questions, each answer running to the rule', () => {
    expect(prompts(doc)).toEqual([
      'What is the difference between a list and a tuple?',
      'What is a closure?'
    ])
    const list = itemWith(doc, 'list and a tuple')
    expect(list.answer).toMatch(/^List:\n\nMutable:/)
    expect(list.answer).toContain(
      '```python\nnums = [1, 2, 3]\nnums.append(4)  # [1, 2, 3, 4]\n```'
    )
    expect(list.answer).toMatch(/Immutable: its elements cannot be changed\.$/)
    expect(prompts(doc).some((p) => /Main Question|Data Types|Below are/.test(p))).toBe(false)
  })
})
