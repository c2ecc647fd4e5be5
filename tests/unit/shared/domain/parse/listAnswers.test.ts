import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { inlineAnswer } from '../../../../../src/shared/domain/parse/inlineAnswer'

const parse = (lines: string[]) => parseDocument(lines.join('\n') + '\n', 'notes.md')

describe('an answer on the question’s own line', () => {
  it('splits a numbered question from the answer after a double dash, dash or arrow', () => {
    const items = parse([
      '1. What does HTML stand for? --Hypertext Markup Language.',
      '',
      '2. Who makes the web standards? — The W3C.',
      '',
      '3. Choose the element for the largest heading: --h1 is the largest.',
      '',
      '4. Inside which element does JavaScript go? --<script>'
    ])
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      ['What does HTML stand for?', 'Hypertext Markup Language.'],
      ['Who makes the web standards?', 'The W3C.'],
      ['Choose the element for the largest heading:', 'h1 is the largest.'],
      ['Inside which element does JavaScript go?', '<script>']
    ])
  })

  it('leaves dashes inside a question, ranges and code spans alone', () => {
    expect(inlineAnswer('Pros - cons of Django?')).toBeNull()
    expect(inlineAnswer('What does `a -- b` print? ')).toBeNull()
    expect(inlineAnswer('Pages 1 -- 5: read them')).toBeNull()
    expect(inlineAnswer('What does `x? -- y` do? -- It prints.')).toEqual({
      prompt: 'What does `x? -- y` do?',
      answer: 'It prints.'
    })
  })
})

describe('a bulleted question answered by the paragraphs under it', () => {
  it('takes the paragraphs (and a numbered list) up to the next question of the list', () => {
    const items = parse([
      '- [x] What are the benefits of a closure?',
      '',
      'A closure keeps its enclosing scope.',
      '',
      'It allows data encapsulation.',
      '',
      '- [x] Give an example of a closure',
      '- What does the `new` keyword do?',
      '',
      '1. Creates a new object.',
      '2. Runs the constructor.',
      '',
      '- What is event delegation?',
      '',
      'One handler on a common ancestor.'
    ])
    expect(items.map((i) => i.prompt)).toEqual([
      'What are the benefits of a closure?',
      'Give an example of a closure',
      'What does the `new` keyword do?',
      'What is event delegation?'
    ])
    expect(items[0]!.answer).toBe(
      'A closure keeps its enclosing scope.\n\nIt allows data encapsulation.'
    )
    expect(items[1]!.answer).toBeNull()
    expect(items[2]!.answer).toContain('2. Runs the constructor.')
    expect(items[3]!.answer).toBe('One handler on a common ancestor.')
  })

  it('leaves a closing paragraph after a list of bare questions out of the last one', () => {
    const items = parse([
      '- What is a decorator?',
      '- What is a generator?',
      '',
      'These come up in most interviews.'
    ])
    expect(items.map((i) => i.answer)).toEqual([null, null])
  })

  it('does not take a bold label that opens the next part', () => {
    const items = parse([
      '- What is asyncio?',
      '',
      'An event loop library.',
      '',
      '- Compare sync and async downloads.',
      '',
      '**Preparation tips**:',
      '- Know FastAPI.'
    ])
    expect(items.at(-1)!.answer).toBeNull()
  })
})

describe('bold question lines with the answer right under them', () => {
  it('takes a colon line with its code, and a list with no blank line before it', () => {
    const items = parse([
      '## Основы',
      '',
      '**DISTINCT?**',
      'Убирает дубликаты.',
      '',
      '**GROUP BY?**',
      'Группирует строки для агрегации:',
      '```sql',
      'SELECT city FROM users GROUP BY city;',
      '```',
      '',
      '**Операторы сравнения?**',
      '- `=` равно',
      '- `<` меньше'
    ])
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      ['DISTINCT?', 'Убирает дубликаты.'],
      [
        'GROUP BY?',
        'Группирует строки для агрегации:\n```sql\nSELECT city FROM users GROUP BY city;\n```'
      ],
      ['Операторы сравнения?', '- `=` равно\n- `<` меньше']
    ])
  })
})

describe('a Q: question that runs to its A: label', () => {
  it('finishes a wrapped prompt and keeps a snippet between them as the material', () => {
    const items = parse([
      'Q: How are dict and set implemented internally? How much memory',
      'do these structures consume?',
      'A: Hash tables.',
      '',
      "Q: What's the output?",
      '```python',
      'def foo(): yield 42',
      '```',
      'A: 42, because it is a generator.',
      '',
      'Q: Is `True = False` allowed?',
      'A: Only in Python 2.'
    ])
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      [
        'How are dict and set implemented internally? How much memory do these structures consume?',
        'Hash tables.'
      ],
      ["What's the output?", '42, because it is a generator.'],
      ['Is `True = False` allowed?', 'Only in Python 2.']
    ])
    expect(items[1]!.detail).toContain('def foo(): yield 42')
  })
})

describe('a list entry that names a group of nested questions', () => {
  it('is their section; the nested entries are the items', () => {
    const items = parse([
      'The technical questions they asked:',
      '',
      '*   ### Data Structures',
      '    ',
      '    *   List all the data structures you know.',
      '    *   Which is your favorite data structure? Explain it briefly.',
      '*   ### Databases',
      '    ',
      '    *   What are save points and check points?',
      '    *   Explain the different normalization forms.'
    ])
    expect(items.map((i) => [i.kind, i.prompt, i.section])).toEqual([
      ['question', 'List all the data structures you know.', 'Data Structures'],
      ['question', 'Which is your favorite data structure? Explain it briefly.', 'Data Structures'],
      ['question', 'What are save points and check points?', 'Databases'],
      ['question', 'Explain the different normalization forms.', 'Databases']
    ])
  })

  it('leaves the steps of a how-to under their step names', () => {
    const items = parse([
      '1. **Setup Environment**',
      '   - Install Flask: `pip install flask`',
      '   - Create the project folder',
      '2. **Create App Structure**',
      '   - Add app.py'
    ])
    expect(items.some((i) => i.prompt.startsWith('Install Flask'))).toBe(false)
  })
})

describe('tasks stated with an imperative in other languages', () => {
  it('are questions though nothing asks with a question mark', async () => {
    const { looksLikeQuestion } = await import('../../../../../src/shared/domain/parse')
    for (const task of [
      'Donner 5 verbes HTTP et expliquer leurs utilité',
      'Buat class Mahasiswa dengan atribut nama',
      'Nenne drei HTTP-Methoden',
      'Escreva uma função que some dois números',
      'Spiega la differenza tra lista e tupla'
    ])
      expect(looksLikeQuestion(task), task).toBe(true)
    expect(looksLikeQuestion('Donnerstag ist ein Wochentag')).toBe(false)
  })
})
