/**
 * Golden tests over the five shipped seeds. Expected numbers come from reading the files line
 * by line; positions are looked up in the file text, never assumed.
 */

import { describe, expect, it } from 'vitest'
import { countKinds, itemAt, lineOf, loadSeed, loose, type LoadedDocument } from './seedHelpers'

const SEEDS = ['000', '001', '002', '003', '004'] as const

function fenceLines(answer: string): string[] {
  return answer.split('\n').filter((l) => /^\s*```/.test(l))
}

describe.each(SEEDS)('seed %s: invariants', (prefix) => {
  const doc = loadSeed(prefix)

  it('points every item at the line that holds its prompt', () => {
    for (const item of doc.items) {
      const line = doc.lines[item.source.line - 1]
      expect(line, `${item.prompt} @${item.source.line}`).toBeDefined()
      expect(loose(line!)).toContain(loose(item.prompt).slice(0, 40))
      expect(item.source.file).toBe(doc.name)
    }
  })

  it('keeps items in document order', () => {
    const lines = doc.items.map((i) => i.source.line)
    expect(lines).toEqual([...lines].sort((a, b) => a - b))
    expect(new Set(lines).size).toBe(lines.length)
  })

  it('cleans prompts of numbering, markers and emphasis', () => {
    for (const item of doc.items) {
      expect(item.prompt).not.toMatch(/^(?:\d+[.)]\s|Q\.|\*\*|\[[ x]\])/)
      expect(item.prompt).not.toMatch(/\*\*$/)
      expect(item.prompt).toBe(item.prompt.trim())
    }
  })

  it('keeps fences balanced and at the start of their lines', () => {
    for (const item of doc.items) {
      if (!item.answer) continue
      const fences = fenceLines(item.answer)
      expect(fences.length % 2, item.prompt).toBe(0)
      for (const fence of fences) expect(fence).toMatch(/^```/)
    }
  })

  it('makes no item of filler, rules or dates', () => {
    for (const item of doc.items) {
      const line = doc.lines[item.source.line - 1]!.trim()
      expect(line).not.toMatch(/^(?:[-_=#*]{3,}$|Here|Let me know|\d{1,2}\/\d{1,2}\/\d{4}$)/)
    }
  })
})

describe('seed 000: Q./Ans- lines, banner, modules to learn', () => {
  const doc = loadSeed('000')

  it('finds 68 questions, 14 topics, 8 answered', () => {
    expect(countKinds(doc.items)).toEqual({ question: 68, topic: 14, answered: 8 })
  })

  it('continues an answer on the tab-indented line below it', () => {
    const item = itemAt(doc, lineOf(doc, 'Python is interpreted language why?'))
    expect(item?.answer).toBe(
      'Yes , but it internally compile the code when we run .py file , and compile code store in .pyc file.\n' +
        "Explicitly we don't need to compile the code."
    )
  })

  it('reads `R. Model in django?( Model is table)` as a question with its note as answer', () => {
    const item = itemAt(doc, lineOf(doc, 'R. Model in django?'))
    expect(item).toMatchObject({
      kind: 'question',
      prompt: 'Model in django?',
      answer: 'Model is table'
    })
    expect(item?.section).toBe('Django')
  })

  it('drops "rarely ask" remarks from prompts', () => {
    expect(itemAt(doc, lineOf(doc, 'Asyncio ---> rarely ask'))?.prompt).toBe('Asyncio')
    expect(itemAt(doc, lineOf(doc, 'Hashing mechanism ? Rarely ask'))?.prompt).toBe(
      'Hashing mechanism ?'
    )
  })

  it('takes the 8-space indented Q. line as its own question, not as an answer', () => {
    expect(itemAt(doc, lineOf(doc, 'Dict functions and list function?'))?.answer).toBeNull()
    expect(itemAt(doc, lineOf(doc, 'Hashing mechanism'))?.kind).toBe('question')
  })

  it('opens the Django section at the banner and nothing before it', () => {
    const banner = lineOf(doc, 'DJANGO:')
    for (const item of doc.items) {
      if (item.source.line < banner) expect(item.section).toBeNull()
    }
    const django = doc.items.filter((i) => i.section === 'Django')
    expect(django).toHaveLength(23)
    expect(django[0]?.prompt).toBe('Why Django, What are other web development framework?')
  })

  it('lists the modules to learn as topics under that heading', () => {
    const lead = lineOf(doc, 'Module to learn')
    const topics = doc.items.filter((i) => i.kind === 'topic')
    expect(topics.map((t) => t.prompt)).toContain('Units and pytest')
    for (const topic of topics) {
      expect(topic.section).toBe('Module to learn')
      expect(topic.source.line).toBeGreaterThan(lead)
    }
    expect(itemAt(doc, lead)).toBeUndefined()
  })
})

describe('seed 001: three formats, a doubled block', () => {
  const doc = loadSeed('001')
  const secondBlock = lineOf(doc, '### 1. What is Object-Oriented Programming')
  const boldBlock = lineOf(doc, '### **General Python**')

  it('finds 105 questions, all answered', () => {
    expect(countKinds(doc.items)).toEqual({ question: 105, topic: 0, answered: 105 })
    expect(doc.items.filter((i) => i.source.line < secondBlock)).toHaveLength(60)
    expect(
      doc.items.filter((i) => i.source.line > secondBlock && i.source.line < boldBlock)
    ).toHaveLength(14)
    expect(doc.items.filter((i) => i.source.line > boldBlock)).toHaveLength(30)
  })

  it('keeps both occurrences of the doubled block', () => {
    const first = lineOf(doc, "1. What are Python's key features?")
    const second = lineOf(doc, "1. What are Python's key features?", first)
    const a = itemAt(doc, first)
    const b = itemAt(doc, second)
    expect(a?.prompt).toBe("What are Python's key features?")
    expect(b?.prompt).toBe(a?.prompt)
    expect(b?.answer).toBe(a?.answer)
    expect(doc.items.filter((i) => i.prompt === 'How do Python decorators work?')).toHaveLength(2)
  })

  it('dedents indented answers and keeps the fence language', () => {
    const item = itemAt(doc, lineOf(doc, '8. How do Python decorators work?'))
    expect(item?.answer).toContain('- A decorator modifies a function or class')
    expect(item?.answer).toContain('```python\ndef decorator(func):\n    def wrapper():')
    // The blank lines inside the code do not end the answer.
    expect(item?.answer).toMatch(/my_function\(\)\n```$/)
  })

  it('reads `### N. Question?` with its Answer: block, lists and code included', () => {
    const principles = itemAt(doc, lineOf(doc, '### 2. What are the main principles of OOP?'))
    expect(principles?.answer?.startsWith('1. Encapsulation:')).toBe(true)
    expect(principles?.answer).toContain('4. Abstraction:')
    expect(doc.items.some((i) => i.prompt.startsWith('Encapsulation:'))).toBe(false)
    const classes = itemAt(doc, lineOf(doc, '### 3. What is a class and an object?'))
    expect(classes?.answer).toContain('```python\nclass Car:')
    // `# Object creation` is a comment inside the code, not a heading.
    expect(classes?.answer).toContain('# Object creation')
    expect(classes?.section).toBeNull()
  })

  it('reads bold numbered questions under bold headings', () => {
    const mvt = itemAt(doc, lineOf(doc, '6. **Explain Django’s MVT architecture.**'))
    expect(mvt).toMatchObject({
      prompt: 'Explain Django’s MVT architecture.',
      section: 'Django Framework'
    })
    expect(mvt?.answer).toContain('\n  - **Model:** Manages database interactions.')
  })

  it('skips the chatty line between the two copies', () => {
    expect(itemAt(doc, lineOf(doc, 'Let me know if'))).toBeUndefined()
  })

  it('closes a `###` section when a `### N.` question heading follows', () => {
    for (const item of doc.items.filter(
      (i) => i.source.line > secondBlock && i.source.line < boldBlock
    )) {
      expect(item.section).toBeNull()
    }
  })
})

describe('seed 002: loose lines, a date, a numbered list', () => {
  const doc = loadSeed('002')
  const date = lineOf(doc, '25/04/2018')

  it('finds 27 questions and 21 topics', () => {
    expect(countKinds(doc.items)).toEqual({ question: 27, topic: 21, answered: 2 })
  })

  it('makes indented notes the answer and a bare URL a link', () => {
    const item = itemAt(doc, lineOf(doc, 'How to create dynamic classes in runtime'))
    expect(item?.answer).toBe("Foo = type('Foo', (), {'some_method': some_method})")
    expect(item?.links).toEqual([
      'https://jeffknupp.com/blog/2013/12/28/improve-your-python-metaclasses-and-dynamic-classes-with-type/'
    ])
  })

  it('keeps a wrapped indented note whole', () => {
    const item = itemAt(doc, lineOf(doc, 'Why GIL?'))
    expect(item?.answer?.split('\n')).toHaveLength(2)
    expect(item?.answer).toMatch(/^CPython \(most used/)
  })

  it('classifies loose lines by the documented rule', () => {
    const kindOf = (needle: string) => itemAt(doc, lineOf(doc, needle))?.kind
    expect(kindOf('IMPLEMENT: counting sort')).toBe('question')
    expect(kindOf('ALGO: median')).toBe('question')
    expect(kindOf('Implement Singleton class')).toBe('question')
    expect(kindOf("'is' operator in python")).toBe('question')
    expect(kindOf('getattr, hasattr')).toBe('topic')
    expect(kindOf('regex to validate date')).toBe('topic')
    expect(kindOf('write your own exception')).toBe('question')
  })

  it('reads the bullets under the date as topics; the date is neither an item nor a section', () => {
    expect(itemAt(doc, date)).toBeUndefined()
    const bullets = doc.items.filter(
      (i) => i.source.line > date && doc.lines[i.source.line - 1]!.startsWith('- ')
    )
    expect(bullets).toHaveLength(15)
    for (const b of bullets) expect(b).toMatchObject({ kind: 'topic', section: null })
    expect(doc.items.every((i) => i.section === null)).toBe(true)
  })

  it('attaches the URL under question 13 to it', () => {
    const item = itemAt(doc, lineOf(doc, '13. Exception handling in python?'))
    expect(item?.links).toEqual([
      'https://mail.python.org/pipermail/python-list/2005-March/346300.html'
    ])
  })
})

describe('seed 003: bold numbered questions without answers', () => {
  const doc = loadSeed('003')

  it('finds 200 questions, none answered', () => {
    expect(countKinds(doc.items)).toEqual({ question: 200, topic: 0, answered: 0 })
  })

  it('keeps the numbering gap 40 → 61 as written', () => {
    const forty = lineOf(doc, '40. **Explain how you would implement a simple HTTP')
    const sixtyOne = lineOf(doc, '61. **How would you implement a linked list')
    const idx = doc.items.findIndex((i) => i.source.line === forty)
    expect(doc.items[idx + 1]?.source.line).toBe(sixtyOne)
    expect(doc.items[idx + 1]?.section).toBe('Data Structures and Algorithms')
  })

  it('takes the innermost bold heading as the section', () => {
    const item = itemAt(
      doc,
      lineOf(doc, "1. **What are Python's key features that make it popular")
    )
    expect(item?.section).toBe('Core Python Questions')
    const perf = doc.items.filter((i) => i.section === 'Django Performance and Optimization')
    expect(perf).toHaveLength(10)
  })

  it('skips the "Here’s a list…" lines', () => {
    expect(itemAt(doc, 1)).toBeUndefined()
    expect(itemAt(doc, lineOf(doc, 'a comprehensive list of interview questions'))).toBeUndefined()
  })
})

describe('seed 004: checklist', () => {
  const doc: LoadedDocument = loadSeed('004')

  it('finds 110 questions: 38 checked, 72 unchecked', () => {
    expect(countKinds(doc.items)).toEqual({ question: 110, topic: 0, answered: 0 })
    expect(doc.items.filter((i) => i.checked === true)).toHaveLength(38)
    expect(doc.items.filter((i) => i.checked === false)).toHaveLength(72)
    const checkedLines = doc.lines.filter((l) => /^\d+\. \[x\]/.test(l)).length
    expect(checkedLines).toBe(38)
  })

  it('removes the stray `38.` glued to a prompt', () => {
    const item = itemAt(doc, lineOf(doc, 'What are mixins?'))
    expect(item?.prompt).toBe('What are mixins? How are they useful?')
    expect(item?.checked).toBe(false)
  })

  it('keeps the numbering gap 66 → 75', () => {
    const idx = doc.items.findIndex((i) => i.source.line === lineOf(doc, '66. [ ]'))
    expect(doc.items[idx + 1]?.source.line).toBe(lineOf(doc, '75. [ ]'))
  })

  it('treats the lone `# Title` as the title, `##` headings as sections', () => {
    const title = 'Python Interview Questions - Learning Checklist'
    expect(doc.items.some((i) => i.section === title)).toBe(false)
    expect(doc.items[0]?.section).toBe('Core Python Fundamentals')
    expect(itemAt(doc, lineOf(doc, '84. [ ]'))?.section).toBe('FastAPI Interview Questions')
  })

  it('keeps `**kwargs` in a prompt', () => {
    expect(doc.items[0]?.prompt).toBe('What are *args and **kwargs? Use-cases?')
  })
})
