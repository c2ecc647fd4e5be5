/**
 * Shapes first met in the documents of collect12 (each rule general, each case small): quiz
 * recaps with every number alone on its line, a summary that is one glossary table pasted
 * with a blank line after every row, notes kept in a script's comments or docstring, a chat
 * page's copy-button lines, tag chips and em-space entities in answers.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { joinBareNumbers } from '../../../../../src/shared/domain/parse/bareNumberLines'
import { blankCopyButtons } from '../../../../../src/shared/domain/parse/copyButtonResidue'
import { unwrapScriptText } from '../../../../../src/shared/domain/parse/scriptWrapping'

const parse = (text: string, file = 'notes.md') =>
  parseDocument(text, file).map((i) => ({
    kind: i.kind,
    prompt: i.prompt,
    answer: i.answer,
    line: i.source.line
  }))

describe('a number alone on its line, the question on the next', () => {
  const recap = [
    '1.',
    '¿Qué es la complejidad algorítmica?',
    '',
    'Es la evaluación de recursos que toma un algoritmo.',
    '',
    '2.',
    'Son las partes esenciales de una linked list:',
    'Nodo, data, next y head.',
    '',
    '3.',
    '¿Qué es un entorno virtual?',
    'Una herramienta para aislar proyectos.'
  ].join('\r\n')

  it('reads each number as the item, the next line as its question and the rest as its answer', () => {
    expect(parse(recap)).toEqual([
      {
        kind: 'question',
        prompt: '¿Qué es la complejidad algorítmica?',
        answer: 'Es la evaluación de recursos que toma un algoritmo.',
        line: 1
      },
      {
        kind: 'question',
        prompt: 'Son las partes esenciales de una linked list:',
        answer: 'Nodo, data, next y head.',
        line: 6
      },
      {
        kind: 'question',
        prompt: '¿Qué es un entorno virtual?',
        answer: 'Una herramienta para aislar proyectos.',
        line: 10
      }
    ])
  })

  it('leaves a lone bare number, and numbers over lists, headings or code, as they were', () => {
    const stray = ['1.', 'Some prose after a lone number.', '', 'More prose.']
    expect(joinBareNumbers(stray)).toEqual(stray)
    for (const below of ['- first', '# Heading', '```python', '> quoted', '| a | b |', '2.']) {
      const lines = ['1.', below, '2.', below]
      expect(joinBareNumbers(lines)).toEqual(lines)
    }
    expect(joinBareNumbers(['1.', 'What is A?', '2)', 'What is B?'])).toEqual([
      '1. What is A?',
      '',
      '2) What is B?',
      ''
    ])
  })
})

describe('a glossary table with a blank line after every row', () => {
  const summary = [
    'Key Technical Concepts Discussed',
    '',
    '| Topic          | Explanation / Candidate’s Response |',
    '',
    '|----------------|-------------------------------------|',
    '',
    '| PIP            | The Python package installer.       |',
    '',
    '| JSON           | A key-value data format.            |',
    '',
    '| Why use a tuple? | It is immutable.                  |',
    ''
  ].join('\r\n')

  it('reads its rows as topics (a row that asks, as a question) when nothing else is an item', () => {
    expect(parse(summary)).toEqual([
      { kind: 'topic', prompt: 'PIP', answer: 'The Python package installer.', line: 7 },
      { kind: 'topic', prompt: 'JSON', answer: 'A key-value data format.', line: 9 },
      { kind: 'question', prompt: 'Why use a tuple?', answer: 'It is immutable.', line: 11 }
    ])
  })

  it('keeps the table as the content of the heading above it otherwise', () => {
    const notes = [
      '# Asyncio',
      '',
      '## What is the event loop?',
      '',
      'It schedules the coroutines.',
      '',
      '## Core concepts',
      '',
      '| Term | Definition |',
      '|------|------------|',
      '| Task | A scheduled coroutine. |',
      '| Future | A result to come. |',
      '',
      '## Why await?',
      '',
      'To yield to the loop.'
    ].join('\n')
    const prompts = parse(notes).map((i) => i.prompt)
    expect(prompts).toContain('What is the event loop?')
    expect(prompts).not.toContain('Task')
    expect(prompts).not.toContain('Future')
  })
})

describe('notes kept inside a script', () => {
  it('reads a file whose every line is commented out as the text in the comments', () => {
    const quiz = [
      '# 1. What does the T of MVT stand for?',
      '# - Template',
      '',
      '# 2. What does auto_now_add=True do?',
      '# - Sets the time when the row is created',
      '',
      '# 3. Why use forms.ModelForm?',
      '# - It builds the fields from the model'
    ].join('\n')
    expect(parse(quiz, 'quiz.txt').map((i) => [i.prompt, i.answer])).toEqual([
      ['What does the T of MVT stand for?', '- Template'],
      ['What does auto_now_add=True do?', '- Sets the time when the row is created'],
      ['Why use forms.ModelForm?', '- It builds the fields from the model']
    ])
  })

  it('leaves a script with a few comments, and Markdown headings over prose, alone', () => {
    const script = ['# settings', 'DEBUG = True', 'ALLOWED_HOSTS = []', '# more', 'X = 1']
    expect(unwrapScriptText(script)).toEqual(script)
    const notes = [
      '# What is WSGI?',
      '',
      'A calling convention.',
      '',
      '# What is ASGI?',
      '',
      'Async.'
    ]
    expect(unwrapScriptText(notes)).toEqual(notes)
  })

  it('reads text inside one docstring as that text, line for line', () => {
    expect(unwrapScriptText(["'''", 'What is PyTest?', 'A test runner.', "'''", ''])).toEqual([
      '',
      'What is PyTest?',
      'A test runner.',
      '',
      ''
    ])
    const code = ['def f():', '    """Doc."""', '    return 1']
    expect(unwrapScriptText(code)).toEqual(code)
  })
})

describe('a chat page copied as text', () => {
  it("drops each code block's language and copy-button lines", () => {
    const lines = ['Run it:', 'bash', 'Copy', 'Edit', 'pytest -q', 'python', 'Copy code', 'x = 1']
    expect(blankCopyButtons(lines)).toEqual(['Run it:', '', '', '', 'pytest -q', '', '', 'x = 1'])
    const prose = ['Python', 'is a language.', 'Copy the file.']
    expect(blankCopyButtons(prose)).toEqual(prose)
  })
})

describe('answers with markup of their own', () => {
  const doc = (body: string): string =>
    `## 01. What are FBV and CBV?\n${body}\n\n## 02. Next?\n\nYes.\n`

  it('takes a line of tag chips under the question for its tags, not its answer', () => {
    const [item] = parseDocument(doc('`初级`  `Django` <br><br>\nFBV are view functions.'), 'n.md')
    expect(item!.answer).toBe('FBV are view functions.')
    expect(item!.tags).toEqual(['初级', 'Django'])
  })

  it('keeps an answer that is only code spans, or code written as a chip', () => {
    const [only] = parseDocument(doc('`select_related` `prefetch_related`'), 'n.md')
    expect(only!.answer).toBe('`select_related` `prefetch_related`')
    const [code] = parseDocument(doc('`x = 1` `y = 2`\nThen add them.'), 'n.md')
    expect(code!.answer).toContain('`x = 1`')
    expect(code!.tags).toBeUndefined()
  })

  it('reads &#8195; / &nbsp; as spaces, never as a code indent at the start of a line', () => {
    const [item] = parseDocument(doc('&#8195;&#8195;FBV&nbsp;handles requests.'), 'n.md')
    expect(item!.answer).toBe('FBV handles requests.')
  })
})

describe('course notes explained in numbered sentences', () => {
  // A real document (collect12b, origin in real/SOURCES.collect12b.md): same-level
  // headings, each explained by numbered sentences, fences and a few prose lines.
  const file = join(
    __dirname,
    '../../../../fixtures/documents/real/zxinyolo-fastapi-baguwen-zh/input.md'
  )

  it('reads each heading as an item, its numbered explanation as the answer', () => {
    const items = parse(readFileSync(file, 'utf8'))
    expect(items.map((i) => i.prompt)).toEqual([
      'FastAPI 请求的完整生命周期',
      '参数校验',
      'pydantic',
      '依赖注入',
      'docker部署时一盒容器中启动多个workers和启动多个一摸一样的容器的区别',
      'FastAPI 高效的原因主要有三点：',
      'Fastapi的异步写法需要注意什么'
    ])
    expect(items[1]!.answer).toContain('结构化校验')
  })
})

describe('an exam: label headings with marks, numbered choices keyed by number', () => {
  const exam = [
    '# Final exam',
    '',
    '## Q1 (6点)',
    '',
    'Answer the following.',
    '',
    '1. How many MiB are 32 GiB? 32768 MiB',
    '',
    '## Question 2 [2 marks]',
    '',
    'Which output does this code print?',
    '',
    '```python',
    'x = [1, 2, 3]',
    'y = x',
    'y[1] = 4',
    'print(x)',
    '```',
    '',
    '1. `[1, 2, 3]`',
    '2. `[1, 4, 3]`',
    '',
    'Ans. 2',
    ''
  ].join('\n')

  it('reads the question under a label heading whatever marks follow the label', () => {
    expect(parse(exam).map((i) => i.prompt)).toEqual([
      'Answer the following.',
      'Which output does this code print?'
    ])
  })

  it('answers `Ans. 2` under numbered choices with the second choice', () => {
    expect(parse(exam)[1]!.answer).toBe('2. `[1, 4, 3]`')
  })

  it('keeps a key that reads as a choice of its own (`1. 2` / `2. 6`, keyed 2)', () => {
    const quiz = [
      '1. How many networks are shown?',
      '\t1. 2',
      '\t2. 6',
      '\t\t- **Answer:** 2',
      '2. Which tool shows the MAC address?',
      '\t1. PING',
      '\t2. IPCONFIG',
      '\t\t- **Answer:** IPCONFIG'
    ].join('\n')
    expect(parse(quiz).map((i) => i.answer)).toEqual(['2', 'IPCONFIG'])
  })
})

describe('prompts padded with entities', () => {
  it('reads &nbsp; in a question as a space', () => {
    const text =
      '- &nbsp; What can Python do ?\n\n  Games, web sites.\n\n- &nbsp;How do I start&nbsp;?\n\n  Install it.\n'
    expect(parse(text).map((i) => i.prompt)).toEqual(['What can Python do ?', 'How do I start ?'])
  })
})

describe('a question boxed in a banner of rules', () => {
  it('starts its answer after the rule that closes the box', () => {
    const script = [
      '-----------------------------------------',
      '-- Q1: Total sales per year',
      '-----------------------------------------',
      '',
      'SELECT YEAR(OrderDate), SUM(Amount) FROM Orders GROUP BY YEAR(OrderDate);',
      '',
      '-----------------------------------------',
      '-- Q2: Customers with more than 5 orders',
      '-----------------------------------------',
      '',
      'SELECT CustomerID FROM Orders GROUP BY CustomerID HAVING COUNT(*) > 5;'
    ].join('\n')
    expect(parse(script, 'q.txt').map((i) => [i.prompt, i.answer])).toEqual([
      [
        'Total sales per year',
        'SELECT YEAR(OrderDate), SUM(Amount) FROM Orders GROUP BY YEAR(OrderDate);'
      ],
      [
        'Customers with more than 5 orders',
        'SELECT CustomerID FROM Orders GROUP BY CustomerID HAVING COUNT(*) > 5;'
      ]
    ])
  })
})

describe('an interview log numbered 1. throughout, answers indented under Answer:', () => {
  it('ends each answer where the next entry comes back out, asking or not', () => {
    const log = [
      '1. Django middleware - what is it, where is it used',
      '   Answer: Code that processes every request on the way in and out.',
      '',
      '1. Django request path',
      '   Answer: Middleware -> router -> views -> middleware -> client',
      '',
      '1. Django select related',
      '',
      '1. How do migrations work in Django?',
      '',
      '1. What is a decorator?',
      '   Answer: A function that wraps another.',
      '',
      '1. What is the GIL?',
      '   Answer: A lock that lets one thread run Python bytecode at a time.'
    ].join('\n')
    expect(parse(log).map((i) => [i.prompt, i.answer])).toEqual([
      [
        'Django middleware - what is it, where is it used',
        'Code that processes every request on the way in and out.'
      ],
      ['Django request path', 'Middleware -> router -> views -> middleware -> client'],
      ['Django select related', null],
      ['How do migrations work in Django?', null],
      ['What is a decorator?', 'A function that wraps another.'],
      ['What is the GIL?', 'A lock that lets one thread run Python bytecode at a time.']
    ])
  })
})

describe('an exercise heading over its steps as bullets, then the solution', () => {
  const exercise = (n: number): string[] => [
    `#### Exercise ${n}`,
    '',
    `* create a tuple called \`t${n}\` that holds 1 to 5`,
    '* print out its value',
    '',
    '```python',
    `t${n} = (1, 2, 3, 4, 5)`,
    `print(t${n})`,
    '```',
    '',
    '    (1, 2, 3, 4, 5)',
    ''
  ]

  it('reads the steps as one question and the code as its answer', () => {
    const items = parse(['# Answers', '', ...exercise(1), ...exercise(2)].join('\n'))
    expect(items.map((i) => i.prompt)).toEqual([
      'create a tuple called `t1` that holds 1 to 5; print out its value',
      'create a tuple called `t2` that holds 1 to 5; print out its value'
    ])
    expect(items[0]!.answer).toContain('t1 = (1, 2, 3, 4, 5)')
  })

  it('keeps steps each followed by their own code as items of their own', () => {
    const steps = [
      '### Exercise 1',
      '',
      '- Create a project folder and initialise git',
      '',
      '```sh',
      'git init',
      '```',
      '',
      '- Stage your changes and commit them',
      '',
      '```sh',
      'git commit -m "first"',
      '```'
    ].join('\n')
    const prompts = parse(steps).map((i) => i.prompt)
    expect(prompts[0]).toBe('Create a project folder and initialise git')
    expect(prompts.some((p) => p.includes(';'))).toBe(false)
  })
})

describe('a course page: chapters asking in their titles, each over a "Questions" heading', () => {
  const page = [
    '# SQL 101',
    '',
    '## What is SQL?',
    '### Introduction',
    '#### Questions',
    '1. Which of these is a relational database?',
    '\t- Mongo DB',
    '\t- Cassandra',
    '\t- PostgreSQL (Correct)',
    '\t- Dynamo DB',
    '2. What kind of language is SQL?',
    '\t- Imperative',
    '\t- Declarative (Correct)',
    '\t- Object-oriented',
    '',
    '## How do we select data?',
    '#### Questions',
    '1. Which keyword reads rows?',
    '\t- SELECT (Correct)',
    '\t- DELETE',
    '\t- DROP'
  ].join('\n')

  it('reads the chapter headings as sections and the questions under them as the items', () => {
    expect(parse(page).map((i) => i.prompt)).toEqual([
      'Which of these is a relational database?',
      'What kind of language is SQL?',
      'Which keyword reads rows?'
    ])
  })

  it('answers each with the option marked by a word, (Correct) or (Doğru)', () => {
    expect(parse(page).map((i) => i.answer)).toEqual([
      'PostgreSQL (Correct)',
      'Declarative (Correct)',
      'SELECT (Correct)'
    ])
  })
})

describe('a quiz recap with the chosen option in bold', () => {
  it('answers each question with its bold option, and leaves a list of points alone', () => {
    const quiz = [
      '1. What is the main value of relational databases over flat files?',
      '',
      '- Running Python code inside the file',
      '- **Scanning large amounts of data quickly**',
      '- Converting data to HTML',
      '',
      '2. A primary key can be set to null.',
      '',
      '- True',
      '- **False**',
      '',
      '3. Why use an index?',
      '',
      '- **Speed:** lookups avoid a full scan',
      '- Order: rows come back sorted'
    ].join('\n')
    expect(parse(quiz).map((i) => i.answer)).toEqual([
      'Scanning large amounts of data quickly',
      'False',
      '- **Speed:** lookups avoid a full scan\n- Order: rows come back sorted'
    ])
  })
})
