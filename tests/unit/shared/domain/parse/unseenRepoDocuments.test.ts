/**
 * Public interview-question documents from GitHub (excerpts in `tests/fixtures/documents/unseen/`,
 * attributed in a comment at the top of each). Counts and prompts were checked by reading each
 * file; the assertions are what a user would notice.
 */

import { describe, expect, it } from 'vitest'
import { expectEachOnce, expectNoJunk, itemWith, loadUnseen, prompts } from './unseenHelpers'

describe('Devinterview README: `## N. Question` with `###` sub-headings in the answer', () => {
  const doc = loadUnseen('devinterview-django.md')

  it('finds the five questions and nothing else', () => {
    expect(doc.items).toHaveLength(5)
    expect(doc.items.every((i) => i.kind === 'question' && i.section === null)).toBe(true)
    expectNoJunk(doc)
  })

  it('keeps sub-headings, their lists and code inside the answer', () => {
    const first = itemWith(doc, 'key features')
    expect(first.prompt).toBe('What is Django and what are its key features?')
    expect(first.answer).toContain('### Key Features')
    expect(first.answer).toContain('- **Template Engine** : Processes HTML templates')
    const urls = itemWith(doc, 'urls.py')
    expect(urls.answer).toContain('```python\nfrom django.urls import path\nfrom . import views')
    expect(urls.answer).toContain("    path('articles/2023/', views.special_case_2003),")
    // A numbered "**Client Request**: …" list inside an answer is not a list of questions.
    expect(prompts(doc).some((p) => p.startsWith('Client Request'))).toBe(false)
    expect(itemWith(doc, 'MTV').answer).toContain('1. **Client Request**')
  })
})

describe('DevLovers README: `<details><summary>N. Question?</summary>` blocks', () => {
  const doc = loadUnseen('devlovers-django.md')

  it('reads each disclosure as one question with its body as the answer', () => {
    expect(prompts(doc)).toEqual([
      'What is Django and what are its key capabilities?',
      'What is the difference between MVC and MVT architecture?',
      'How do you create a new Django project?'
    ])
    expectNoJunk(doc)
    const create = itemWith(doc, 'new Django project')
    expect(create.answer).toContain('```bash\npip install django\n```')
    expect(create.answer).not.toMatch(/<\/?(?:details|summary)/)
    expect(create.source.line).toBe(doc.lines.findIndex((l) => l.includes('8. How do')) + 1)
  })
})

describe('baliyanvinay README: numbered headings, some not worded as questions', () => {
  const doc = loadUnseen('baliyanvinay-django.md')

  it('counts every numbered heading as a question, answered or not', () => {
    expect(doc.items).toHaveLength(11)
    expect(prompts(doc)).toContain('Types of inheritance in Django')
    expect(prompts(doc)).toContain('Django Templating Language')
    expect(doc.items.filter((i) => i.answer === null)).toHaveLength(5)
    expectNoJunk(doc)
    expectEachOnce(doc)
  })

  it('keeps lists, HTML labels, tables and code in the answers', () => {
    const inheritance = itemWith(doc, 'Types of inheritance')
    expect(inheritance.answer).toContain('- Proxy Models')
    expect(inheritance.answer).toContain('**Abstract Base Class**')
    expect(inheritance.answer).toContain('```python\nclass Person(models.Model):')
    expect(itemWith(doc, 'manage.py').answer).toContain('|  check   | Check apps')
  })
})

describe('Sanketmajithiya notes: `Q-1 …` questions with `Ans :-` answers', () => {
  const doc = loadUnseen('sanket-django.txt')

  it('splits at every `Q-N` line and strips the `:-` marker', () => {
    // The excerpt keeps.
    expect(doc.items).toHaveLength(9)
    expect(doc.items[0]?.prompt).toBe('what is Django ?')
    expect(doc.items[0]?.answer).toMatch(/^Django is a high-level Python web framework/)
    expect(itemWith(doc, 'model in Django').answer).toBe(
      'model stance database table hum log  tables deside karte hai.'
    )
    expect(itemWith(doc, 'Django Architecture').answer).toContain('View :- Backend logic')
    expectNoJunk(doc)
  })
})

describe('lifelonglearner notes: a table of contents over `###` question headings', () => {
  const doc = loadUnseen('lifelonglearner-python.md')

  it('ignores the in-page link list and reads each heading once', () => {
    expect(doc.items).toHaveLength(9)
    expectEachOnce(doc)
    expectNoJunk(doc)
    expect(doc.items[0]?.source.line).toBe(
      doc.lines.indexOf('### What is Python? What are the benefits of using Python') + 1
    )
  })

  it('takes a heading with prose under it among question headings as a question', () => {
    expect(itemWith(doc, "Python's GIL").answer).toMatch(/^Also note that the GIL/)
    expect(itemWith(doc, 'Method Resolution').answer).toContain('```\ndef class C(B, A)\n```')
    expect(itemWith(doc, 'Scope in Python').answer).toBeNull()
  })
})

describe('svc-design chapter: `N. Question?` with What/How/Example paragraphs', () => {
  const doc = loadUnseen('svc-design-python.md')

  it('attaches the paragraphs after the blank line to each question', () => {
    expect(doc.items).toHaveLength(6)
    expect(doc.items.every((i) => i.answer !== null && i.section === 'Python')).toBe(true)
    expect(itemWith(doc, 'GIL').answer).toMatch(/^What: GIL/)
    expectNoJunk(doc)
  })

  it('fences the unfenced Python and leaves the closing remark out', () => {
    const deco = itemWith(doc, 'decorators')
    expect(deco.answer).toContain(
      '```python\ndef my_decorator(func):\n    def wrapper():\n        print("Before")'
    )
    expect(deco.answer).toMatch(/say_hello\(\)\n```$/)
    expect(itemWith(doc, 'is and ==').answer).toContain(
      '```python\na = [1,2]; b = [1,2]\na == b   # True'
    )
    expect(itemWith(doc, 'Singleton').answer).not.toContain('👉')
  })
})

describe('sr flashcards: YAML front matter, then `Q:`/`A:` pairs', () => {
  const doc = loadUnseen('sr-cards.md')

  it('skips the front matter and reads five cards', () => {
    expect(doc.items).toHaveLength(5)
    expect(prompts(doc).some((p) => p.includes('sr_adapter') || p.includes('tags'))).toBe(false)
    expect(itemWith(doc, '*args').answer).toContain('`def f(*args)`')
  })
})

describe('Common Q&A: `**Q: …**` bold questions with `A:` answers under `##` sections', () => {
  const doc = loadUnseen('common-qna-bold.md')

  it('keeps a bold question that ends with a period a question, not a section', () => {
    expect(doc.items).toHaveLength(8)
    const mro = itemWith(doc, 'Method Resolution Order')
    expect(mro.section).toBe('The Language Internals')
    expect(itemWith(doc, '@staticmethod').section).toBe('Architecture & Data')
    expect(itemWith(doc, 'Shallow Copy').section).toBe('Architecture & Data')
    expectNoJunk(doc)
  })
})

describe('FastAPI lists: numbered questions under bold level headings, no answers', () => {
  const doc = loadUnseen('fastapi-levels-list.md')

  it('reads 14 questions with their level as section', () => {
    expect(doc.items).toHaveLength(14)
    expect(doc.items.filter((i) => i.section === 'Mid-Level')).toHaveLength(5)
    expect(doc.items.every((i) => i.answer === null)).toBe(true)
  })
})

describe('FastAPI README: `### N.` headings, two of them plain titles', () => {
  const doc = loadUnseen('fastapi-numbered-headings.md')

  it('makes every numbered heading a question with its body', () => {
    expect(doc.items).toHaveLength(7)
    expect(itemWith(doc, 'Serving static files').answer).toContain(
      '```python\nfrom fastapi.staticfiles'
    )
    expect(itemWith(doc, 'Benefits of type hints').answer).toContain('* Auto validation')
    expect(doc.items.some((i) => i.kind === 'topic')).toBe(false)
  })
})

describe('FastAPI guide: `**Q1: …?**` with `**Answer**:` or a bare fence', () => {
  const doc = loadUnseen('fastapi-bold-q.md')

  it('reads three questions with their answers; the table of contents is not one', () => {
    expect(doc.items).toHaveLength(3)
    expect(prompts(doc).some((p) => /^Q\d/.test(p))).toBe(false)
    expect(itemWith(doc, 'what makes it different').answer).toMatch(/^FastAPI is a modern/)
    expect(itemWith(doc, 'basic FastAPI application').answer).toMatch(/^```python\nfrom fastapi/)
    expect(itemWith(doc, 'path parameters').answer).toContain('- **Path parameters**')
    expectNoJunk(doc)
  })
})

describe('Backend notebook: `Q1.` lines with tab tables, emoji section lines', () => {
  const doc = loadUnseen('backend-tabs.txt')

  it('reads seven questions in two sections with everything up to the next `Q`', () => {
    expect(doc.items).toHaveLength(7)
    expect(itemWith(doc, 'monolithic').answer).toContain('✅ Example Answer:')
    expect(itemWith(doc, 'client-server').answer).toMatch(/^The client sends a request/)
    expect(itemWith(doc, 'REST API principles').answer).not.toContain('Database & Storage')
    expect(itemWith(doc, 'indexing').section).toBe('Database & Storage')
  })
})

describe('devX backend questions: `## 🔹 Question?` headings with `**Answer:**`', () => {
  const doc = loadUnseen('backend-emoji-headings.md')

  it('drops the emoji from the prompt and the label from the answer', () => {
    expect(doc.items).toHaveLength(5)
    expect(doc.items[0]?.prompt).toBe('What is REST API?')
    expect(doc.items[0]?.answer).toMatch(/^REST \(Representational/)
    expect(itemWith(doc, 'middleware').answer).toContain('```js\napp.use((req, res, next) => {')
    expectNoJunk(doc)
  })
})
