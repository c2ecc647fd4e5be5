/**
 * Shapes first met in the documents of collect11 (each rule general, each case small):
 * flashcards exported one per line with a shared separator, and plain-text flashcards whose
 * paragraphs are a question line over its answer lines.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

const parse = (text: string, file = 'notes.txt') =>
  parseDocument(text, file).map((i) => ({ kind: i.kind, prompt: i.prompt, answer: i.answer }))

describe('flashcards one per line, front and back split by one separator', () => {
  const cards = (separator: string): string =>
    [
      `PC${separator}The program counter holds the address of the next instruction`,
      `ALU${separator}Arithmetic and Logic Unit, does the calculations`,
      `What is virtual memory?${separator}Disk space used as an extension of RAM`,
      'swapped in and out by the OS',
      `RAM${separator}Random Access Memory, volatile`,
      `ROM${separator}Read Only Memory, holds the BIOS`,
      `Define an algorithm${separator}A set of instructions that solves a problem`,
      `Compiler${separator}Translates a whole program before it runs`
    ].join('\r\n')

  for (const separator of ['*', '\t', ';', ' | ', '::']) {
    it(`reads each line as a card (${JSON.stringify(separator)}); a line without it wraps the card above`, () => {
      const items = parse(cards(separator))
      expect(items.map((i) => i.prompt)).toEqual([
        'PC',
        'ALU',
        'What is virtual memory?',
        'RAM',
        'ROM',
        'Define an algorithm',
        'Compiler'
      ])
      expect(items[0]).toEqual({
        kind: 'topic',
        prompt: 'PC',
        answer: 'The program counter holds the address of the next instruction'
      })
      expect(items[2]).toEqual({
        kind: 'question',
        prompt: 'What is virtual memory?',
        answer: 'Disk space used as an extension of RAM\nswapped in and out by the OS'
      })
    })
  }

  it('a Markdown list or a page of prose with a few separators is not a card file', () => {
    const list = ['* one', '* two', '* three', '* four', '* five', '* six', '* seven'].join('\n')
    expect(parse(list, 'list.md').every((i) => !i.answer?.includes('*'))).toBe(true)
    const prose = [
      'Python is a language; it is dynamic.',
      'It runs everywhere.',
      'Lists are mutable; tuples are not.',
      'Dicts keep their order.',
      'Sets hold unique items.',
      'Strings are immutable.',
      'Bytes hold raw data.'
    ].join('\n')
    expect(parse(prose).map((i) => i.prompt)).not.toContain('Python is a language')
  })
})

describe('plain-text flashcards: a question line over its answer lines, a blank line apart', () => {
  const doc = [
    'What is a BitTorrent tracker?',
    'A distributed hash table of currently living peers.',
    '',
    'How does the transport layer check for errors?',
    'Sending host: checksum the packet, put it in the header',
    'Receiving host: add the checksums, does it equal 11111111?',
    '',
    'What are the well-known port numbers?',
    '0 to 1023.',
    'HTTP: 80',
    'SSH: 22',
    '',
    'What are the flag bits in a TCP header?',
    'SYN',
    'ACK',
    'FIN',
    '',
    'How many ports are there?',
    "It's a 16 bit number, so 65,535.",
    ''
  ].join('\n')

  it('keeps every line under a card question in its answer, even one that asks or names a term', () => {
    expect(parse(doc)).toEqual([
      {
        kind: 'question',
        prompt: 'What is a BitTorrent tracker?',
        answer: 'A distributed hash table of currently living peers.'
      },
      {
        kind: 'question',
        prompt: 'How does the transport layer check for errors?',
        answer:
          'Sending host: checksum the packet, put it in the header\nReceiving host: add the checksums, does it equal 11111111?'
      },
      {
        kind: 'question',
        prompt: 'What are the well-known port numbers?',
        answer: '0 to 1023.\nHTTP: 80\nSSH: 22'
      },
      {
        kind: 'question',
        prompt: 'What are the flag bits in a TCP header?',
        answer: 'SYN\nACK\nFIN'
      },
      {
        kind: 'question',
        prompt: 'How many ports are there?',
        answer: "It's a 16 bit number, so 65,535."
      }
    ])
  })

  it('paragraphs of several question-answer pairs still split at each question', () => {
    const pairs = [
      'What is Redis?',
      'An in-memory store.',
      'What is its default port?',
      '6379.',
      '',
      'What is Celery?',
      'A task queue.',
      'What does it need?',
      'A broker.',
      ''
    ].join('\n')
    expect(parse(pairs).map((i) => [i.prompt, i.answer])).toEqual([
      ['What is Redis?', 'An in-memory store.'],
      ['What is its default port?', '6379.'],
      ['What is Celery?', 'A task queue.'],
      ['What does it need?', 'A broker.']
    ])
  })
})

describe('org-mode notes and cheat sheets of headings over code', () => {
  const org = [
    '#+TITLE: Python Interview Cheatsheet',
    '* Libraries',
    '** Heap',
    '#+BEGIN_SRC python',
    '  import heapq',
    '  heapq.heapify(a)',
    '#+END_SRC',
    '** Queue',
    '#+begin_src python :results output',
    '  q = queue.Queue()',
    '#+end_src',
    '* Routines',
    '*** TODO Binary Search :algo:',
    '#+BEGIN_SRC python',
    '  def binary_search(A, target):',
    '      return -1',
    '#+END_SRC',
    '*** Reverse Linked List',
    '#+BEGIN_SRC python',
    '  def reverse(head):',
    '      return head',
    '#+END_SRC',
    ''
  ].join('\n')

  it('reads stars as headings and source blocks as fences, each leaf heading a topic over its code', () => {
    const items = parseDocument(org, 'cheatsheet.txt')
    expect(items.map((i) => [i.kind, i.prompt, i.section, i.source.line])).toEqual([
      ['topic', 'Heap', 'Libraries', 3],
      ['topic', 'Queue', 'Libraries', 8],
      ['topic', 'Binary Search', 'Routines', 13],
      ['topic', 'Reverse Linked List', 'Routines', 18]
    ])
    expect(items[0]!.answer).toBe('```python\nimport heapq\nheapq.heapify(a)\n```')
  })

  it('a Markdown note that shows org lines in a fence stays Markdown', () => {
    const note = [
      '## What does an org source block look like?',
      '',
      '```',
      '#+BEGIN_SRC python',
      '* not a heading',
      '#+END_SRC',
      '```',
      ''
    ].join('\n')
    const [item] = parseDocument(note, 'note.md')
    expect(item!.prompt).toBe('What does an org source block look like?')
    expect(item!.answer).toContain('#+BEGIN_SRC python\n* not a heading')
  })
})

describe('answer labels of other languages', () => {
  it('a bold label closed before its colon, alone over the answer, is stripped (`**Ответ**:`)', () => {
    const doc = [
      '### 1) Что такое F-выражения?',
      '**Ответ**:',
      'Позволяют ссылаться на значение поля в запросе.',
      '',
      '### 2) Смена SECRET_KEY?',
      '**Ответ**: Сессии пользователей станут недействительными.',
      ''
    ].join('\n')
    expect(parse(doc, 'django.md').map((i) => i.answer)).toEqual([
      'Позволяют ссылаться на значение поля в запросе.',
      'Сессии пользователей станут недействительными.'
    ])
  })

  it('Polish `Odp:` labels an answer, and `#### Sorular` over a list is its label, not a topic', () => {
    const doc = [
      '**Pytanie:** Co to jest klucz główny?',
      'Odp: Kolumna, która jednoznacznie identyfikuje każdy rekord.',
      '',
      '**Pytanie:** Jak usunąć duplikaty?',
      'Odp: SELECT DISTINCT …',
      ''
    ].join('\n')
    expect(parse(doc, 'notes.md').map((i) => [i.prompt, i.answer])).toEqual([
      ['Co to jest klucz główny?', 'Kolumna, która jednoznacznie identyfikuje każdy rekord.'],
      ['Jak usunąć duplikaty?', 'SELECT DISTINCT …']
    ])
    const questions = ['## SQL', '#### Sorular', '1. Yok', ''].join('\n')
    expect(parse(questions, 'sql.md').map((i) => i.prompt)).not.toContain('Sorular')
  })
})

describe('questions in script comments', () => {
  it('`-- 🧪 Q1: …` in an SQL script is a question', () => {
    const doc = ['-- 🧪 Q1: Customers with more than 5 orders', '', 'SELECT 1;', ''].join('\n')
    expect(parse(doc, 'answers.txt')[0]).toMatchObject({
      kind: 'question',
      prompt: 'Customers with more than 5 orders'
    })
  })
})

describe('a course quiz without a key', () => {
  const quiz = [
    '#### Quiz Questions',
    '',
    '**Multiple Choice**',
    '1. Which of the following is the primary benefit of a task queue?',
    '   a) Reduced code complexity',
    '   b) Non-blocking requests',
    '   c) Easier debugging',
    '',
    '2. A task that takes 30 seconds in a web request will:',
    '   a) Improve engagement',
    '   b) Cause a request timeout',
    '   c) Reduce server load',
    '',
    '3. Celery is primarily used for:',
    '   a) Database migrations',
    '   b) Asynchronous task queues',
    '   c) Web routing',
    '',
    '**True/False**',
    '1. Distributed task processing needs no message broker. (False)',
    '2. Email sending is a good candidate for a queue. (True)',
    ''
  ].join('\n')

  it('a `:`-ended stem over options lettered from a) is a question; the options are its detail', () => {
    const items = parseDocument(quiz, 'celery.md')
    expect(items.map((i) => [i.prompt, i.answer, i.detail ?? null])).toEqual([
      [
        'Which of the following is the primary benefit of a task queue?',
        null,
        'a) Reduced code complexity\nb) Non-blocking requests\nc) Easier debugging'
      ],
      [
        'A task that takes 30 seconds in a web request will:',
        null,
        'a) Improve engagement\nb) Cause a request timeout\nc) Reduce server load'
      ],
      [
        'Celery is primarily used for:',
        null,
        'a) Database migrations\nb) Asynchronous task queues\nc) Web routing'
      ],
      ['Distributed task processing needs no message broker.', 'False', null],
      ['Email sending is a good candidate for a queue.', 'True', null]
    ])
  })

  it('steps of a how-to under a lead-in are not a quiz stem', () => {
    const steps = ['1. Install the following:', '   - celery', '   - redis', ''].join('\n')
    expect(parse(steps, 'setup.md').map((i) => i.prompt)).not.toContain('Install the following:')
  })
})

describe('a notebook exported to Markdown', () => {
  it("a code cell's printed output, indented under it, is not a list of items", () => {
    const doc = [
      '#### Exercise 1',
      '',
      '* print the length of the tuple',
      '',
      '```python',
      'print(len(t))',
      '```',
      '',
      '    the length of the tuple is 5',
      '    what is the index of the last item?',
      ''
    ].join('\n')
    const prompts = parseDocument(doc, 'answers.md').map((i) => i.prompt)
    expect(prompts).not.toContain('the length of the tuple is 5')
    expect(prompts).not.toContain('what is the index of the last item?')
  })
})
