/**
 * Shapes first met in the documents of collect9 (each rule general, each case small): a
 * `<details>` entry that names a topic, Korean "…란", bold initials of other languages' labels
 * under a label heading with metadata, bold-italic or starred right options, a file that is
 * one list, and a quiz answered again under `## Answers`.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

const parse = (text: string, file = 'notes.md') =>
  parseDocument(text, file).map((i) => ({ kind: i.kind, prompt: i.prompt, answer: i.answer }))

describe('<details> entries that name a topic', () => {
  const entry = (summary: string, body: string): string =>
    `<details>\n    <summary>${summary}</summary>\n    </br>\n    <p>${body}</p>\n</details>\n`

  it('reads each standalone entry as a topic, an asking one as a question', () => {
    const doc = [
      '## DataBase',
      entry('Data Definition Language의 예시', 'alter, create, drop'),
      entry('트랜잭션이란', '하나의 작업 단위'),
      entry('DELETE와 TRUNCATE의 차이', 'TRUNCATE는 롤백 불가')
    ].join('\n')
    expect(parse(doc).map((i) => [i.kind, i.prompt])).toEqual([
      ['topic', 'Data Definition Language의 예시'],
      ['question', '트랜잭션이란'],
      ['question', 'DELETE와 TRUNCATE의 차이']
    ])
  })

  it('keeps "show answer" summaries and empty blocks out', () => {
    const doc = [entry('Click to expand', 'hidden'), '<details><summary>Notes</summary></details>']
    expect(parse(doc.join('\n'))).toEqual([])
  })

  it('reads a block folding away a section of questions as their section, not a topic', () => {
    const doc = [
      '<details>',
      '<summary>📌 Basics</summary>',
      '',
      '**Q1: What is REST?**  ',
      'A: An architectural style.',
      '',
      '**Q2: What is statelessness?**  ',
      'A: No client state on the server.',
      '</details>'
    ].join('\n')
    expect(parse(doc).map((i) => i.prompt)).toEqual(['What is REST?', 'What is statelessness?'])
  })
})

describe('a label heading over metadata and a labelled question', () => {
  it('takes the labelled line as the prompt, in English or with bold initials (S:/C:)', () => {
    const english =
      '### Question 1\n**Topic:** GROUP BY\n**Q:** What does GROUP BY do?\n**A:** It groups rows.\n'
    const turkish =
      '### Soru 3.15.1\n**Konu:** GROUP BY Tanim\n**S:** GROUP BY ne ise yarar?\n**C:** Satirlari gruplara ayirir\n\n' +
      '### Soru 3.15.2\n**Konu:** HAVING\n**S:** HAVING ne ise yarar?\n**C:** Gruplari filtreler\n'
    expect(parse(english).map((i) => [i.prompt, i.answer])).toEqual([
      ['What does GROUP BY do?', 'It groups rows.']
    ])
    expect(parse(turkish).map((i) => [i.prompt, i.answer])).toEqual([
      ['GROUP BY ne ise yarar?', 'Satirlari gruplara ayirir'],
      ['HAVING ne ise yarar?', 'Gruplari filtreler']
    ])
  })

  it('does not read a plain "C:" line as an answer label', () => {
    const doc = '## Languages\n\n- C: a systems language\n- Go: a compiled language\n'
    expect(parse(doc).some((i) => i.answer === 'a systems language')).toBe(false)
  })
})

describe('right options marked by emphasis', () => {
  it('takes the one bold-italic option among plain ones as the answer', () => {
    const doc = [
      '#### 1. ¿Cuál es un beneficio de NoSQL?',
      '',
      '   a) Mejor coherencia',
      '',
      '   ***b) Esquema flexible***',
      '',
      '   c) Menos escalabilidad',
      ''
    ].join('\n')
    expect(parse(doc)).toEqual([
      { kind: 'question', prompt: '¿Cuál es un beneficio de NoSQL?', answer: 'b) Esquema flexible' }
    ])
  })

  it('takes a starred option (`*b.`) as the answer', () => {
    const doc = '## Quiz\n\n### 1. What does print("a", "b") print?\n\na. ab\n*b. a b\nc. a,b\n'
    expect(parse(doc).map((i) => i.answer)).toEqual(['b. a b'])
  })

  it('leaves options with feedback under each to the quiz format', () => {
    const doc = [
      '1. What does DDL stand for?',
      'a) Data Display Language',
      '... Incorrect.',
      '*b) Data Definition Language',
      '... CORRECT. It defines structures.',
      'c) Data Deletion Language',
      '... Incorrect.',
      ''
    ].join('\n')
    expect(parse(doc, 'quiz.txt')[0]?.answer ?? '').not.toMatch(/^b\) Data Definition Language$/)
  })
})

describe('a file that is one list', () => {
  it('reads every entry as an item, however it is worded', () => {
    const doc = [
      '- OOP i co sie na niego składa',
      '- REST vs SOAP',
      '- hibernate, do czego, co to ORM, przechowywanie kolekcji, adnotacje, lazy a eager',
      '- maven',
      '- how is synchronisation ensured in thread-safe collections?',
      ''
    ].join('\n')
    expect(parse(doc, 'topics.txt').map((i) => i.kind)).toEqual([
      'topic',
      'topic',
      'topic',
      'topic',
      'question'
    ])
  })

  it('does not do so for a list inside prose', () => {
    const doc = [
      'Some notes I wrote while reading about Django.',
      'The ORM maps tables to classes, and I found it easy.',
      'Migrations keep the schema in step with the models.',
      '',
      '- I should reread the chapter on signals before the weekend',
      '- and try the examples from the book on my own machine',
      ''
    ].join('\n')
    expect(parse(doc)).toEqual([])
  })
})

describe('a quiz answered again under an Answers heading', () => {
  it('keeps each question once, with the answer from the Answers section', () => {
    const doc = [
      '## Questions',
      '### 1. What does dbt snapshot capture?',
      '- a) Backups',
      '- b) Slowly changing dimensions',
      '',
      '## Answers',
      '### 1. What does dbt snapshot capture?',
      '**Answer: b) Slowly changing dimensions**',
      '',
      '**Explanation:** Snapshots keep history.',
      ''
    ].join('\n')
    const items = parse(doc)
    expect(items.map((i) => i.prompt)).toEqual(['What does dbt snapshot capture?'])
    expect(items[0]!.answer).toMatch(/^b\) Slowly changing dimensions/)
    expect(items[0]!.answer).toContain('Snapshots keep history.')
  })
})

describe('a labelled quiz question in plain text, with no answer label', () => {
  it('asks with its opening and asking paragraphs; the line after the choices is the answer', () => {
    const doc = [
      'Вопрос 15.',
      'Вы поддерживаете таблицу events (10 млн строк), в которой часто выполняются запросы:',
      '',
      "select * from events where category = 'system'",
      '',
      'Какой индекс лучше всего применить?',
      '',
      'Ответы:',
      '1. btree (category)',
      '2. btree (category, created_at)',
      '3. gin (category)',
      '',
      'Выбран 2 ответ.',
      ''
    ].join('\n')
    const items = parseDocument(doc, 'quiz.md')
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      [
        'Вы поддерживаете таблицу events (10 млн строк), в которой часто выполняются запросы: Какой индекс лучше всего применить?',
        'Выбран 2 ответ.'
      ]
    ])
    expect(items[0]!.detail).toContain("select * from events where category = 'system'")
    expect(items[0]!.detail).toContain('2. btree (category, created_at)')
  })
})
