/**
 * Shapes first met in the documents of collect14 (each rule general, each case small): a
 * number heading over a quoted question, a cheat sheet whose headings name keywords explained
 * by code, a chat assistant's italic `*Answer*:` bullets, a bulleted question answered by the
 * unindented paragraph under it, `##Heading` without its space, a question's material before
 * a lone `R:` label, a quiz key that already names its choice.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { answerAfterLabel } from '../../../../../src/shared/domain/parse/answerAfterLabel'
import { importDocument } from '../../../../../src/shared/domain/import/importers'

const parse = (text: string, file = 'notes.md') =>
  parseDocument(text, file).map((i) => ({
    kind: i.kind,
    prompt: i.prompt,
    answer: i.answer,
    ...(i.detail ? { detail: i.detail } : {})
  }))

describe('a heading that is only a number, the question quoted under it', () => {
  it('reads the quote as the question and what follows as its answer', () => {
    const text = [
      '### 1',
      '',
      '> ¿Qué es Python y por qué es popular?',
      '',
      'Un lenguaje de alto nivel.',
      '',
      '### 2',
      '> 問題：',
      'オウンゴールの回数を表示する。',
      '',
      '```sql',
      'SELECT COUNT(*) FROM goals;',
      '```'
    ].join('\n')
    expect(parse(text)).toEqual([
      {
        kind: 'question',
        prompt: '¿Qué es Python y por qué es popular?',
        answer: 'Un lenguaje de alto nivel.'
      },
      {
        kind: 'question',
        prompt: 'オウンゴールの回数を表示する。',
        answer: '```sql\nSELECT COUNT(*) FROM goals;\n```'
      }
    ])
  })

  it('leaves `## Question 1` over a quoted task as before (only bare numbers name quotes)', () => {
    const text = ['## Question 1', '', '> Print the type of each value.', '', 'Use type().'].join(
      '\n'
    )
    expect(parse(text).map((i) => i.prompt)).not.toContain('> Print the type of each value.')
  })
})

describe('a cheat sheet: headings that name keywords, explained by their code', () => {
  const sheet = [
    '# Basic SQL — CRUD and Core Queries',
    '',
    'This section covers foundational SQL concepts for interviews.',
    '',
    '## Table of Contents',
    '',
    '1. [Data Definition Language (DDL)](#ddl)',
    '    - [CREATE — database, table](#create)',
    '    - [DROP — remove objects](#drop)',
    '2. [Basic SELECT](#basic-select)',
    '',
    '---',
    '',
    '## Data Definition Language (DDL)',
    '',
    '### CREATE — database, table',
    'Define new objects with columns, data types, and constraints.',
    '',
    '**Query:**',
    '```sql',
    'CREATE TABLE Users (UserID BIGINT PRIMARY KEY);',
    '```',
    '',
    '### DROP — remove objects',
    '**Query:**',
    '```sql',
    'DROP TABLE IF EXISTS Users;',
    '```',
    '',
    '[⬆ Back to Top](#table-of-contents)',
    '',
    '---',
    '',
    '## Basic SELECT',
    '',
    '### DISTINCT',
    '```sql',
    'SELECT DISTINCT Country FROM Customers;',
    '```',
    '',
    '### ORDER BY',
    '```sql',
    'SELECT * FROM Users ORDER BY CreatedAt DESC;',
    '```',
    '',
    '### IS NULL / IS NOT NULL',
    '```sql',
    'SELECT * FROM Shipments WHERE DeliveredAt IS NULL;',
    '```',
    '',
    '### Pagination — OFFSET/FETCH and keyset',
    '**Query:**',
    '```sql',
    'SELECT * FROM Users ORDER BY UserID OFFSET 40 ROWS;',
    '```',
    '',
    '### LIKE — pattern matching',
    '**Query:**',
    '```sql',
    "SELECT * FROM Users WHERE Email LIKE '%@example.com';",
    '```'
  ].join('\n')

  it('reads every keyword heading as a topic answered by its code', () => {
    const items = parse(sheet)
    expect(items.map((i) => i.prompt)).toEqual([
      'CREATE — database, table',
      'DROP — remove objects',
      'DISTINCT',
      'ORDER BY',
      'IS NULL / IS NOT NULL',
      'Pagination — OFFSET/FETCH and keyset',
      'LIKE — pattern matching'
    ])
    expect(items[3]!.answer).toContain('ORDER BY CreatedAt DESC;')
  })
})

describe("a chat assistant's italic answer labels", () => {
  it('strips `*Answer*:` from a bullet, inline or over nested bullets', () => {
    const text = [
      '1. *What is normalization?*',
      '   - *Answer*: Organizing data to reduce redundancy.',
      '',
      '2. *What are the normal forms?*',
      '   - *Answer*:',
      '     - *1NF*: Atomic values.',
      '     - *2NF*: No partial dependencies.'
    ].join('\n')
    const items = parse(text)
    expect(items[0]!.answer).toBe('Organizing data to reduce redundancy.')
    expect(items[1]!.answer).toMatch(/^\s*- \*1NF\*: Atomic values\./)
  })
})

describe('a bulleted question with its answer right under it, unindented', () => {
  it('reads the paragraphs up to the next question as the answer', () => {
    const text = [
      'Questions',
      '---------',
      '- What is an initrd and why is it needed?',
      'initrd stands for Initial RAM Disk.',
      '',
      'It holds the modules needed to mount the root.',
      '',
      '- What is a socket?',
      'An endpoint of a connection.'
    ].join('\n')
    expect(parse(text, 'interview.rst')).toEqual([
      {
        kind: 'question',
        prompt: 'What is an initrd and why is it needed?',
        answer:
          'initrd stands for Initial RAM Disk.\n\nIt holds the modules needed to mount the root.'
      },
      { kind: 'question', prompt: 'What is a socket?', answer: 'An endpoint of a connection.' }
    ])
  })
})

describe('`##Heading` without the space', () => {
  it('is a heading before a capital, not before a digit or in a hashtag', () => {
    const text = [
      '##Pergunta 1',
      '',
      '👉 O que é um SGBD?',
      '',
      'R:',
      'O software que gerencia os dados.',
      '',
      '###1.',
      '#python'
    ].join('\n')
    const items = parse(text)
    expect(items[0]).toMatchObject({ prompt: 'O que é um SGBD?' })
    expect(items.map((i) => i.prompt)).not.toContain('1.')
  })
})

describe("a question's material, then a line that is only its answer label", () => {
  it('keeps the material with the question and answers with what follows the label', () => {
    const text = [
      '## Pergunta 2',
      '',
      'Por que o SQLite é diferente do PostgreSQL?',
      '',
      '(pense em: servidor, concorrência)',
      '',
      'R:',
      'Ele é um banco embarcado, sem servidor.'
    ].join('\n')
    expect(parse(text)).toEqual([
      {
        kind: 'question',
        prompt: 'Por que o SQLite é diferente do PostgreSQL?',
        answer: 'Ele é um banco embarcado, sem servidor.',
        detail: '(pense em: servidor, concorrência)'
      }
    ])
  })

  it('does not split an answer that opens with a statement and code before its own label', () => {
    expect(
      answerAfterLabel('Use `asyncio.to_thread()`:\n\n```python\nx = 1\n```\n\n**Solução:**\ny = 2')
    ).toBeNull()
    expect(answerAfterLabel('```python\nprint(1)\n```\n\n**Answer:**\n1')).toBeNull()
    expect(answerAfterLabel('What else?\n\nAnswer:\nThat.')).toEqual({
      detail: 'What else?',
      answer: 'That.'
    })
  })
})

describe('a quiz key that already names its choice', () => {
  it('is the answer as written, not the key and the choice again', () => {
    const text = [
      '1. **What is the output of `print(2 + 3 * 2)`?**',
      '   a) 10  ',
      '   b) 8  ',
      '   c) 12  ',
      '   **Answer**: b) 8',
      '',
      '2. **Which name is valid?**',
      '   a) `1st`  ',
      '   b) `first_var`  ',
      '   **Answer**: b'
    ].join('\n')
    const items = parse(text)
    expect(items.map((i) => i.prompt)).toEqual([
      'What is the output of `print(2 + 3 * 2)`?',
      'Which name is valid?'
    ])
    expect(items[0]!.answer).toBe('b) 8')
    expect(items[1]!.answer).toBe('b\n\nB. `first_var`')
  })
})

describe('reStructuredText files', () => {
  it('are imported as text documents', async () => {
    const bytes = new TextEncoder().encode('FAQ\n===\n\n- What is WSGI?\n\n  A server interface.\n')
    const result = await importDocument(bytes, 'faq.rst', {} as never)
    expect(result.items.map((i) => [i.prompt, i.answer])).toEqual([
      ['What is WSGI?', 'A server interface.']
    ])
  })
})

describe("a chat assistant's closing offer", () => {
  it('ends the answer, and the offers listed under it are not items', () => {
    const text = [
      '### 1️⃣ What is REST?',
      'An architectural style over HTTP.',
      '',
      '### 2️⃣ What is idempotency?',
      'The same request twice has the effect of one.',
      '',
      '### 3️⃣ What is CORS?',
      'A browser rule for cross-origin requests.',
      '',
      '---',
      '',
      '### ✅ Bonus Tip for Interview',
      '',
      'If asked **“Have you used REST APIs?”**, always mention:',
      '',
      '* HTTP methods',
      '* Status codes',
      '',
      '---',
      '',
      'If you want, I can also provide:',
      '',
      '* **Java + Spring Boot REST interview answers**',
      '* **2-minute REST explanation**',
      '* **Real project REST API example**',
      '* **Tricky REST interview questions**',
      '',
      'Just tell me 👍'
    ].join('\n')
    expect(parse(text).map((i) => [i.prompt, i.answer])).toEqual([
      ['What is REST?', 'An architectural style over HTTP.'],
      ['What is idempotency?', 'The same request twice has the effect of one.'],
      ['What is CORS?', 'A browser rule for cross-origin requests.'],
      ['Bonus Tip for Interview', expect.stringContaining('always mention')]
    ])
  })
})

describe('a `.org` file without keyword lines', () => {
  it('is read as org-mode: its stars are headings, not bullets', () => {
    const text = [
      '* Course: Infra',
      '** What is a zombie process?',
      'A process that exited but was not reaped by its parent.',
      '** What is a semaphore?',
      'A counter that limits how many threads enter a section.'
    ].join('\n')
    expect(parse(text, 'notes.org').map((i) => i.prompt)).toEqual([
      'What is a zombie process?',
      'What is a semaphore?'
    ])
  })
})
