/**
 * Shapes first met in the documents of collect10 (each rule general, each case small): a bold
 * term over its definition, question lines whose answers move below a blank line, choices on
 * one line with a key grid in a fence, escaped and ticked checkboxes under a statement heading,
 * a bare key letter, `<li>` entries, true/false statements, choices a blank line apart,
 * numbered explanations under a corrections heading, and a heading over `<details>` entries.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

const parse = (text: string, file = 'notes.md') =>
  parseDocument(text, file).map((i) => ({ kind: i.kind, prompt: i.prompt, answer: i.answer }))

describe('a glossary of bold terms over their definitions', () => {
  const glossary = [
    'Common terms.',
    '',
    '**API (Application Programming Interface)**  ',
    'A set of rules and protocols for building and interacting with software.',
    '',
    '**Backend**  ',
    'The server-side part of an application, with the business logic.',
    '',
    '**Caching**',
    'Storing frequently accessed data in memory to reduce database load.',
    '',
    '**CI (Continuous Integration)**  ',
    'A practice where code changes are built and tested automatically.',
    ''
  ].join('\n')

  it('reads each stacked term as a topic with its definition', () => {
    expect(parse(glossary)).toEqual([
      {
        kind: 'topic',
        prompt: 'API (Application Programming Interface)',
        answer: 'A set of rules and protocols for building and interacting with software.'
      },
      {
        kind: 'topic',
        prompt: 'Backend',
        answer: 'The server-side part of an application, with the business logic.'
      },
      {
        kind: 'topic',
        prompt: 'Caching',
        answer: 'Storing frequently accessed data in memory to reduce database load.'
      },
      {
        kind: 'topic',
        prompt: 'CI (Continuous Integration)',
        answer: 'A practice where code changes are built and tested automatically.'
      }
    ])
  })

  it('leaves one bold label over a question list a section', () => {
    const items = parseDocument('**Django**\n\n1. What is a QuerySet?\n', 'b.md')
    expect(items.map((i) => [i.prompt, i.section])).toEqual([['What is a QuerySet?', 'Django']])
  })
})

describe('question lines whose answer comes after a blank line', () => {
  it('pairs each question with the paragraph under it, even with no blank before the next', () => {
    const doc = [
      'What is Python?',
      'An interpreted language.',
      '',
      'What is PEP 8?',
      'The style guide.',
      'What is a lambda function?',
      '',
      'An anonymous function.',
      'What is the GIL?',
      '',
      'A mutex around the interpreter.',
      ''
    ].join('\n')
    expect(parse(doc, 'qa.txt').map((i) => [i.prompt, i.answer])).toEqual([
      ['What is Python?', 'An interpreted language.'],
      ['What is PEP 8?', 'The style guide.'],
      ['What is a lambda function?', 'An anonymous function.'],
      ['What is the GIL?', 'A mutex around the interpreter.']
    ])
  })
})

describe('choices written on one line, the key a grid in a fence', () => {
  it('keeps the choices as detail and answers each question with the option its key names', () => {
    const doc = [
      '## The quiz',
      '',
      '1. What is the type of `3 / 2`?',
      '    (a) `int` (b) `float` (c) `Decimal` (d) error',
      '2. `7 // -2` equals:',
      '    (a) `-3` (b) `-4` (c) `3` (d) `-3.5`',
      '3. Which creates an empty set?',
      '    (a) `{}` (b) `set()` (c) `()` (d) `[]`',
      '4. Which is immutable?',
      '    (a) list (b) set (c) dict (d) tuple',
      '',
      '## Answer key',
      '',
      '```',
      ' 1.  b (ch.06)    3.  b (ch.11)',
      ' 2.  b (ch.06)    4.  d (ch.09)',
      '```',
      ''
    ].join('\n')
    const items = parseDocument(doc, 'quiz.md')
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      ['What is the type of `3 / 2`?', '(b) `float`'],
      ['`7 // -2` equals:', '(b) `-4`'],
      ['Which creates an empty set?', '(b) `set()`'],
      ['Which is immutable?', '(d) tuple']
    ])
    expect(items[0]!.detail).toBe('(a) `int`\n(b) `float`\n(c) `Decimal`\n(d) error')
  })

  it('reads no key from a fence of ordinary numbered lines', () => {
    const doc = [
      '1. Which is immutable?',
      '    (a) list (b) set (c) dict (d) tuple',
      '2. Which is ordered?',
      '    (a) set (b) list (c) frozenset (d) none',
      '3. Which is hashable?',
      '    (a) list (b) dict (c) tuple (d) set',
      '',
      '## Notes',
      '',
      '```',
      '1. a',
      '2. b',
      '3. c',
      '```',
      ''
    ].join('\n')
    expect(parseDocument(doc, 'quiz.md').map((i) => i.answer)).toEqual([null, null, null])
  })
})

describe('checkbox quizzes', () => {
  it('reads escaped checkboxes under statement headings; the ticked choice is the answer', () => {
    const doc = [
      '#### Q1. Metode HTTP yang digunakan untuk mengupdate resources',
      '',
      '- \\[ ] POST',
      '- \\[x] PUT',
      '- \\[ ] GET',
      '',
      '#### Menambah memory disebut teknik Horizontal Scaling',
      '',
      '- \\[ ] True',
      '- \\[x] False',
      ''
    ].join('\n')
    const items = parseDocument(doc, 'quiz.md')
    expect(items.map((i) => [i.kind, i.prompt, i.answer])).toEqual([
      ['question', 'Metode HTTP yang digunakan untuk mengupdate resources', 'PUT'],
      ['question', 'Menambah memory disebut teknik Horizontal Scaling', 'False']
    ])
    expect(items[0]!.detail).toBe('- [ ] POST\n- [x] PUT\n- [ ] GET')
  })

  it('keeps a short heading over a checklist a section of topics', () => {
    const items = parseDocument('## Todo\n- [x] Decorators\n- [ ] Metaclasses\n', 't.md')
    expect(items.map((i) => [i.kind, i.prompt, i.section])).toEqual([
      ['topic', 'Decorators', 'Todo'],
      ['topic', 'Metaclasses', 'Todo']
    ])
  })
})

describe('a bare key letter under the choices', () => {
  it('answers with the option it names', () => {
    const doc = [1, 2, 3]
      .map(
        (n) =>
          `${n}. **Tuple ${n} là gì trong Python?**\n\n   - a) Một danh sách\n   - b) Một tuple ${n}\n     b\n`
      )
      .join('')
    expect(parseDocument(doc, 'quiz.md').map((i) => i.answer)).toEqual([
      '- b) Một tuple 1',
      '- b) Một tuple 2',
      '- b) Một tuple 3'
    ])
  })
})

describe('HTML list entries', () => {
  it('reads `<li>` lines as the list entries they show as', () => {
    const doc = '<ul dir="rtl">\n    <li>اهل کجایی؟</li>\n    <li>قصد مهاجرت داری؟</li>\n</ul>\n'
    expect(parse(doc).map((i) => [i.kind, i.prompt])).toEqual([
      ['question', 'اهل کجایی؟'],
      ['question', 'قصد مهاجرت داری؟']
    ])
  })
})

describe('true/false statements', () => {
  it('reads a statement answered with a truth value as a question', () => {
    const doc = [
      '-¿Cuál es el otro nombre de las 12 reglas de Codd?',
      '',
      '    Mandamientos',
      '',
      '-La sentencia DROP puede borrar una base de datos completa',
      '    ',
      '    Cierto',
      ''
    ].join('\n')
    expect(parse(doc).map((i) => [i.prompt, i.answer])).toEqual([
      ['¿Cuál es el otro nombre de las 12 reglas de Codd?', 'Mandamientos'],
      ['La sentencia DROP puede borrar una base de datos completa', 'Cierto']
    ])
  })
})

describe('choices a blank line apart', () => {
  it('are the question’s choices, also after a short stem text with blanks', () => {
    const doc = [
      '1. 何種指令可把兩段 SELECT 查詢結果串連起來？',
      '   ',
      '   A. UNION',
      '   ',
      '   B. With(NOLOCK)',
      '',
      '2. Which commands add a new column BRNO?',
      '',
      '   ________ TABLE Organ ________ BRNO varchar(10);',
      '',
      '   A. ALTER, CREATE',
      '',
      '   B. ALTER, ADD',
      '',
      '3. 以下何項可讓搜尋更有效率？',
      '',
      '   A. 子查詢',
      '',
      '   B. 索引',
      ''
    ].join('\n')
    const items = parseDocument(doc, 'exam.md')
    expect(items.map((i) => i.answer)).toEqual([null, null, null])
    expect(items[1]!.detail).toContain('________ TABLE Organ')
    expect(items[1]!.detail).toContain('B. ALTER, ADD')
  })
})

describe('explanations under a corrections heading', () => {
  it('go on the answer of the question they number', () => {
    const doc = [
      '# Question 1 - Variables',
      '',
      '**Quelle est la valeur de `x` ?**',
      '',
      '# Question 2 - Fonctions',
      '',
      '**Que fait ce code ?**',
      '',
      '# CORRECTIONS DÉTAILLÉES 📝',
      '',
      '**Question 1 :** `int(y)` convertit "10" en entier, donc 5 + 10 = 15',
      '',
      '**Question 2 :** Il double les nombres pairs',
      ''
    ].join('\n')
    expect(parse(doc).map((i) => [i.prompt, i.answer])).toEqual([
      ['Quelle est la valeur de `x` ?', '`int(y)` convertit "10" en entier, donc 5 + 10 = 15'],
      ['Que fait ce code ?', 'Il double les nombres pairs']
    ])
  })
})

describe('a heading over <details> entries', () => {
  it('is their section, even when its words ask', () => {
    const entry = (summary: string, body: string): string =>
      `<details>\n  <summary>${summary}</summary>\n  ${body}\n</details>\n`
    const doc = [
      '# SQL のメモ',
      '',
      '## 違い一覧',
      '',
      entry('DROPとTRUNCATEの違いは', 'DROPはDDL、TRUNCATEは高速。'),
      entry('第一正規化', '重複列がなく全てが単一セルで表現できているテーブルにすること。')
    ].join('\n')
    const items = parseDocument(doc, 'notes.md')
    expect(items.map((i) => [i.prompt, i.section])).toEqual([
      ['DROPとTRUNCATEの違いは', '違い一覧'],
      ['第一正規化', '違い一覧']
    ])
  })
})
