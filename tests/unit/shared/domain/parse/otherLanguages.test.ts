/**
 * Documents in other languages and scripts (issue 9): label words from `labelWords.ts`, labels
 * in scripts with combining marks, non-ASCII digits. One small inline document per rule.
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { digitsValue } from '../../../../../src/shared/domain/parse/digits'
import { labelOf, labelledLine } from '../../../../../src/shared/domain/parse/labels'
import { numberedItem } from '../../../../../src/shared/domain/parse/lineShapes'

function parse(text: string, file = 'notes.md') {
  return parseDocument(text, file).map((i) => ({
    kind: i.kind,
    prompt: i.prompt,
    answer: i.answer
  }))
}

describe('answer labels in other languages', () => {
  it.each([
    ['Odpověď: Seznam je měnitelný.', 'Seznam je měnitelný.'],
    ['Válasz: A lista módosítható.', 'A lista módosítható.'],
    ['**Răspuns:** Lista este mutabilă.', 'Lista este mutabilă.'],
    ['Antwoord: Een lijst is muteerbaar.', 'Een lijst is muteerbaar.'],
    ['Απάντηση: Η λίστα αλλάζει.', 'Η λίστα αλλάζει.'],
    ['Doğru Cevap: B) Interpreter', 'B) Interpreter'],
    ['✅ Javob: Ro‘yxat o‘zgaruvchan.', 'Ro‘yxat o‘zgaruvchan.'],
    ['**الإجابة:** القائمة قابلة للتغيير', 'القائمة قابلة للتغيير'],
    // Bengali and Devanagari labels hold combining marks (the virama in উত্তর / उत्तर).
    ['উত্তর : HTML একটি ভাষা।', 'HTML একটি ভাষা।'],
    ['उत्तर: सूची बदल सकती है।', 'सूची बदल सकती है।'],
    ['คำตอบ: ลิสต์เปลี่ยนได้', 'ลิสต์เปลี่ยนได้']
  ])('%s labels an answer', (line, rest) => {
    expect(labelledLine(line)).toMatchObject({ role: 'answer', rest })
  })

  it('strips the label from an answer under a question', () => {
    expect(parse('1. HTML কি?\n   উত্তর : HTML একটি মার্কআপ ভাষা।\n')).toEqual([
      { kind: 'question', prompt: 'HTML কি?', answer: 'HTML একটি মার্কআপ ভাষা।' }
    ])
  })

  it('does not take an ordinary word for a label without its mark', () => {
    expect(labelOf('Primer')).toBeNull()
    expect(labelOf('Primer:')).toMatchObject({ role: 'example' })
  })
})

describe('question labels in other languages', () => {
  it.each(['Opdracht 3', 'Άσκηση 2', 'Soru 5', 'Feladat 1', 'คำถามที่ 4', 'Zadatak 7'])(
    '%s is a numbered question label',
    (text) => {
      expect(labelOf(text)).toMatchObject({ role: 'question', numbered: true })
    }
  )

  it('takes the line under a label heading as the question', () => {
    const items = parse(
      '### Opdracht 1\nVraag naar de leeftijd en toon of iemand volwassen is.\n\n' +
        '### Opdracht 2\nVraag twee getallen en vergelijk welk groter is.\n'
    )
    expect(items.map((i) => i.prompt)).toEqual([
      'Vraag naar de leeftijd en toon of iemand volwassen is.',
      'Vraag twee getallen en vergelijk welk groter is.'
    ])
  })
})

describe('label headings in other shapes', () => {
  it('reads a heading that is a link as its link text', () => {
    const items = parse(
      '## [Άσκηση 1](../source/ex1.py)\n\nΝα γράψετε πρόγραμμα που διαβάζει έναν αριθμό.\n\n' +
        '## [Άσκηση 2](../source/ex2.py)\n\nΝα υπολογιστεί ο μεγαλύτερος δύο αριθμών.\n'
    )
    expect(items.map((i) => i.prompt)).toEqual([
      'Να γράψετε πρόγραμμα που διαβάζει έναν αριθμό.',
      'Να υπολογιστεί ο μεγαλύτερος δύο αριθμών.'
    ])
  })

  it('reads a bilingual label and joins a statement given in two tagged languages', () => {
    const items = parse(
      '### Question 1 / คำถามที่ 1\n**EN:** What does SQL stand for?\n**TH:** SQL ย่อมาจากอะไร?\n\n' +
        'Structured Query Language.\n'
    )
    expect(items).toEqual([
      {
        kind: 'question',
        prompt: 'What does SQL stand for? SQL ย่อมาจากอะไร?',
        answer: 'Structured Query Language.'
      }
    ])
  })

  it('leaves a single tagged line as written', () => {
    const items = parse('### Question 1\n**EN:** What does SQL stand for?\n\nA language.\n')
    expect(items.map((i) => i.prompt)).toEqual(['EN: What does SQL stand for?'])
  })

  it('takes the question under each numbered topic heading of a run', () => {
    const items = parse(
      '### 1. Giriş\n\nPython kodunu çalıştıran motorun adı nedir?\n\n- A) Compiler\n- B) Interpreter\n\n' +
        '### 2. Değişkenler\n\n`x = 10` satırında `=` sembolünün görevi nedir?\n\n- A) Atama\n\n' +
        '### 3. Listeler\n\nBir listenin sonuna eleman eklemek için hangi metod kullanılır?\n\n- A) append\n'
    )
    expect(items.map((i) => i.prompt)).toEqual([
      'Python kodunu çalıştıran motorun adı nedir?',
      '`x = 10` satırında `=` sembolünün görevi nedir?',
      'Bir listenin sonuna eleman eklemek için hangi metod kullanılır?'
    ])
  })

  it('keeps numbered section headings when few have a question under them', () => {
    const items = parseDocument(
      '## 1. Setup\n\nInstall Python and create a virtual environment for the project.\n\n' +
        '## 2. Models\n\nWhy would you split models? Mostly for size; here we keep one file.\n\n' +
        '## 3. Views\n\nViews return responses and stay thin in this project layout.\n',
      'notes.md'
    )
    // The one asking line stays a loose question inside its section; the headings stay sections.
    expect(items.map((i) => [i.prompt, i.section])).toEqual([
      ['Why would you split models? Mostly for size; here we keep one file.', 'Models']
    ])
  })
})

describe('numbering', () => {
  it('reads numbering in digits of other scripts', () => {
    expect(numberedItem('৩. HTML কি?')).toEqual({ n: 3, rest: 'HTML কি?' })
    expect(numberedItem('١٢) ما هو بايثون؟')).toEqual({ n: 12, rest: 'ما هو بايثون؟' })
    expect(numberedItem('๔. อะไรคือ list')).toEqual({ n: 4, rest: 'อะไรคือ list' })
    expect(digitsValue('１０')).toBe(10)
    expect(digitsValue('1x')).toBeNaN()
  })

  it('ends a numbered question heading where its numbering runs on in a plain line', () => {
    const items = parse(
      '## 25. Mi az a lista?\nA lista egy gyűjtemény.\n\n26. Mi az a tuple?\nA tuple nem módosítható.\n' +
        '27. Mik azok a dekorátorok?\nFüggvényt becsomagoló függvények.\n'
    )
    expect(items).toEqual([
      { kind: 'question', prompt: 'Mi az a lista?', answer: 'A lista egy gyűjtemény.' },
      { kind: 'question', prompt: 'Mi az a tuple?', answer: 'A tuple nem módosítható.' },
      {
        kind: 'question',
        prompt: 'Mik azok a dekorátorok?',
        answer: 'Függvényt becsomagoló függvények.'
      }
    ])
  })

  it('keeps a numbered list that does not run on from the heading inside its answer', () => {
    const items = parse('## 5. Mi az a PIP?\nLépések:\n\n1. Telepítsd?\n2. Futtasd\n')
    expect(items.map((i) => i.prompt)).toEqual(['Mi az a PIP?'])
  })

  it('takes entries numbered on across sections as items', () => {
    const items = parse(
      '## Liste\n\n1. **Ukloni duplikate**: vrati novu listu bez duplikata.\n' +
        '2. **Rotacija**: pomeri sve elemente udesno za 1.\n\n## Tuple\n\n' +
        '3. **Parovi**: iz dve liste napravi listu tuplova.\n'
    )
    expect(items.map((i) => [i.kind, i.prompt])).toEqual([
      ['question', 'Ukloni duplikate: vrati novu listu bez duplikata.'],
      ['question', 'Rotacija: pomeri sve elemente udesno za 1.'],
      ['question', 'Parovi: iz dve liste napravi listu tuplova.']
    ])
  })

  it('leaves steps that restart in each section alone', () => {
    const items = parse(
      '## Install\n\n1. **Download**: get the installer from the site.\n' +
        '2. **Run**: start it and accept the licence.\n\n## Configure\n\n' +
        '1. **Path**: add the folder to the path variable.\n'
    )
    expect(items).toEqual([])
  })
})

describe('a table of contents before the questions', () => {
  const toc =
    '| № | Questions |\n| - | - |\n' +
    '| **1** | [What is range?](https://github.com/u/r#what-is-range) |\n' +
    '| **2** | [Explain the \\*\\* operator.](https://github.com/u/r#explain) |\n\n'

  it('adds no items when the questions follow it, and list-entry headings lose their hashes', () => {
    const items = parse(
      toc +
        '1.  ### What is range?\n\n    range() gives a sequence.\n\n' +
        '2.  ### Explain the \\*\\* operator.\n\n    It raises to a power.\n'
    )
    expect(items.map((i) => i.prompt)).toEqual(['What is range?', 'Explain the \\*\\* operator.'])
  })

  it('keeps its entries when nothing below repeats them', () => {
    expect(parse(toc).length).toBe(2)
  })
})

describe('the parts of a long answer under a question heading', () => {
  const doc =
    '## OOP\n\n### 4. Explain the four principles of OOP\n\n**Answer:**\n\n' +
    '#### 1. Encapsulation\nHiding the internal details of an object behind its methods.\n\n' +
    '**When to use each:**\n- for state that must stay valid\n\n---\n\n' +
    '#### 2. Inheritance\nBuilding a new class from an existing one, reusing its code.\n\n---\n\n' +
    '#### 3. Polymorphism\nOne interface used for objects of many different types.\n\n---\n\n' +
    '#### 4. Abstraction\nShowing what an object does while hiding how it does it.\n\n---\n\n' +
    '### 5. What is an interface?\n\nA contract of methods.\n'

  it('keeps subheadings, rules between them and bold part labels inside the answer', () => {
    const items = parse(doc)
    expect(items.map((i) => i.prompt)).toEqual([
      'Explain the four principles of OOP',
      'What is an interface?'
    ])
    expect(items[0]!.answer).toMatch(/^#### 1\. Encapsulation/)
    expect(items[0]!.answer).toContain('When to use each:')
    expect(items[0]!.answer).toMatch(/hiding how it does it\.$/)
  })

  it('drops a label whose colon is followed only by its closing emphasis', () => {
    expect(labelledLine('**الإجابة:**')).toMatchObject({ role: 'answer', rest: '' })
  })
})

describe('a statement broken over <br> lines', () => {
  it('joins the lines after a hard break into the entry, not its answer', () => {
    const items = parse(
      '1. 輸入數字，如果結果大於等於100，則輸出A；<br/>\n如果結果小於10，則輸出B。<br/>\n' +
        '<img src="./p1.png"/>\n2. 判斷是不是閏年。<br/>\n(提示:被4整除)<br/>\n<img src="./p2.png"/>\n'
    )
    expect(items.map((i) => i.prompt)).toEqual([
      '輸入數字，如果結果大於等於100，則輸出A； 如果結果小於10，則輸出B。',
      '判斷是不是閏年。 (提示:被4整除)'
    ])
  })

  it('stops at an answer label on the next line', () => {
    const items = parse('1. What is a generator?<br>\nAns: A function that yields values.\n')
    expect(items).toEqual([
      { kind: 'question', prompt: 'What is a generator?', answer: 'A function that yields values.' }
    ])
  })
})
