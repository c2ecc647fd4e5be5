/**
 * "Check my answer" on real seed questions, with good, partial and wrong answers written by
 * hand: the coverage figures must order them good > partial > wrong.
 */
import { describe, expect, it } from 'vitest'
import { checkAnswer } from '../../../../../../src/shared/domain/study/check/checkAnswer'
import { keyPoints } from '../../../../../../src/shared/domain/study/check/keyPoints'
import { AliasTable } from '../../../../../../src/shared/domain/search/aliases/aliasTable'
import type { CatalogEntry } from '../../../../../../src/shared/domain/types'
import { seedEntries } from '../../search/seedCatalog'

const entries = seedEntries()

function entry(prompt: string): CatalogEntry {
  const found = entries.find((e) => e.prompt.startsWith(prompt) && e.answers.length > 0)
  if (!found) throw new Error(`no seed question with a reference starts with ${prompt}`)
  return found
}

/** [prompt start, good, partial, wrong] — written by hand against the seed's reference. */
const CASES: Array<[string, string, string, string]> = [
  [
    "Explain Python's GIL (Global Interpreter Lock) and its impact",
    'The GIL is a mutex in CPython: only one thread executes Python bytecode at a time, so ' +
      'CPU-bound multithreading gets no speed-up. I/O-bound tasks are hardly affected because ' +
      'the lock is released while a thread waits.',
    'The GIL makes sure only one thread runs at a time.',
    'The GIL is a Django setting that caches templates between requests.'
  ],
  [
    'What is the difference between shallow copy and deep copy?',
    'A shallow copy (copy.copy) creates a new outer object but copies only references to the ' +
      'nested objects. A deep copy (copy.deepcopy) creates independent copies of everything, ' +
      'recursively.',
    'copy.copy makes a shallow copy; deepcopy is the other one.',
    'Both just assign the same variable name to a new value.'
  ],
  [
    "Explain Python's memory management.",
    'CPython frees objects by reference counting; a cyclic garbage collector (the gc module) ' +
      'finds circular references that counting alone cannot free. All of it is automatic.',
    'Python uses reference counting.',
    'You allocate memory with malloc and free it yourself.'
  ],
  [
    'What is middleware in Django?',
    'Middleware is a framework-level hook that processes every request and response, e.g. ' +
      'for authentication, session handling and security checks.',
    'Middleware processes requests before the view.',
    'It is the database layer that stores models.'
  ],
  [
    'What is the difference between `is` and `==` in Python?',
    '`is` checks identity (the same object), while `==` checks value equality.',
    '`==` checks value equality.',
    'They are the same thing.'
  ],
  [
    'Explain the concept of closures in Python.',
    'A closure is a nested function that captures variables from the enclosing function scope ' +
      'and keeps them after the outer function returned.',
    'A closure is a nested function that remembers variables.',
    'A closure closes the file when the with block ends.'
  ],
  [
    'What is the difference between synchronous and asynchronous programming in Python?',
    'Synchronous code runs tasks sequentially; asynchronous code runs tasks concurrently with ' +
      'async and await, which gives better performance for I/O-bound operations.',
    'Asynchronous code uses async functions.',
    'Synchronous means the code is compiled ahead of time.'
  ],
  [
    'What is the difference between `@staticmethod`, `@classmethod`, and instance methods?',
    'A @staticmethod takes neither self nor cls and behaves like a normal function; a ' +
      '@classmethod gets cls as its first parameter; an instance method gets self first.',
    'A @classmethod gets the class as first parameter.',
    'Static methods are faster because Python compiles them.'
  ],
  [
    'Explain the difference between composition and inheritance.',
    'Inheritance models an is-a relationship; composition a has-a relationship.',
    'Inheritance is an is-a thing.',
    'Composition is when you write music, inheritance is money from your parents.'
  ]
]

describe('checkAnswer on seed questions', () => {
  it.each(CASES)('orders good > partial > wrong for %j', (prompt, good, partial, wrong) => {
    const { answers } = entry(prompt)
    const [g, p, w] = [good, partial, wrong].map(
      (text) => checkAnswer(text, answers, { prompt }).overall!
    )
    expect(g, `good ${g} partial ${p} wrong ${w}`).toBeGreaterThan(p!)
    expect(p, `partial ${p} wrong ${w}`).toBeGreaterThan(w!)
    expect(g).toBeGreaterThanOrEqual(0.6)
    expect(w).toBeLessThanOrEqual(0.25)
  })

  it('finds the key points an interviewer listens for', () => {
    const texts = (prompt: string) =>
      keyPoints(entry(prompt).answers[0]!.markdown).map((p) => p.text)
    expect(texts("Explain Python's GIL (Global Interpreter Lock) and its impact")).toEqual(
      expect.arrayContaining(['GIL', 'one thread', 'bytecode'])
    )
    expect(texts("Explain Python's memory management.")).toEqual(
      expect.arrayContaining(['gc', 'Reference counting', 'circular references'])
    )
    expect(texts('What is the difference between shallow copy and deep copy?')).toEqual(
      expect.arrayContaining(['copy.copy()', 'copy.deepcopy()'])
    )
  })

  it('matches through stems, one-edit typos and aliases, and says how', () => {
    const { answers } = entry("Explain Python's memory management.")
    const points = (text: string) =>
      checkAnswer(text, answers).references[0]!.points.filter((p) => p.covered)
    const via = (text: string, point: string) => points(text).find((p) => p.text === point)?.via
    expect(via('circular reference', 'circular references')).toBe('stem')
    expect(via('garbage colection is automatic', 'automatic garbage collection')).toBe('typo')
    expect(via('refcount frees most objects', 'Reference counting')).toBe('alias')
  })

  it('gives a figure per reference and one overall for merged duplicates', () => {
    const { answers } = entry('What is the difference between synchronous and asynchronous')
    expect(answers.length).toBe(2)
    const check = checkAnswer('Asynchronous tasks run concurrently with async and await.', answers)
    expect(check.references).toHaveLength(2)
    for (const ref of check.references) expect(ref.coverage).toBeGreaterThan(0)
    expect(check.total).toBeGreaterThan(check.references[0]!.points.length)
    expect(check.overall).toBeCloseTo(check.covered / check.total)
  })

  it('checks code-only references on their identifiers', () => {
    const { answers } = entry('How do you work with CSV files in Python?')
    const check = checkAnswer('use csv.reader', answers)
    expect(check.references[0]!.points.every((p) => p.kind === 'code')).toBe(true)
    expect(check.covered).toBe(check.total)
  })

  it('says there is nothing to compare with when a question has no reference', () => {
    expect(checkAnswer('anything', [])).toEqual({
      status: 'no-reference',
      references: [],
      overall: null,
      covered: 0,
      total: 0
    })
    const blank = [{ markdown: '  ', source: { file: 'a.md', line: 1 } }]
    expect(checkAnswer('anything', blank).status).toBe('no-reference')
  })

  it('does not count points that only repeat the question', () => {
    const { prompt, answers } = entry('What is middleware in Django?')
    const texts = checkAnswer('', answers, { prompt }).references[0]!.points.map((p) => p.text)
    expect(texts).not.toContain('Middleware')
    expect(texts).toContain('session handling')
  })

  it('reports an empty answer as empty, with every point missed', () => {
    const check = checkAnswer('', entry('What is middleware in Django?').answers)
    expect([check.status, check.covered, check.total > 0]).toEqual(['empty', 0, true])
  })

  it('uses the user aliases it is given', () => {
    const { answers } = entry('What is middleware in Django?')
    const table = AliasTable.withUserGroups([['interceptor', 'middleware']])
    const text = (t: string) =>
      checkAnswer('interceptor', answers, t === 'own' ? { aliases: table } : {}).covered
    expect(text('own')).toBeGreaterThan(text('shipped'))
  })
})
