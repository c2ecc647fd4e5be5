import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { asksInOtherLanguage } from '../../../../../src/shared/domain/parse/interrogatives'
import { isSeparator } from '../../../../../src/shared/domain/parse/lineShapes'

describe('tasks separated by rules, with the code they introduce', () => {
  it('reads an HTML <hr> line as a rule that ends the entry above it', () => {
    expect(isSeparator('<hr>')).toBe(true)
    expect(isSeparator('<hr />')).toBe(true)
    expect(isSeparator('<HR/>')).toBe(true)
    expect(isSeparator('<hr> text')).toBe(false)
    const doc =
      'What does this print?\n\nIt prints 3.\n\n<hr />\n\nWhat is a closure?\n\nA function with its scope.\n'
    expect(parseDocument(doc, 't.md').map((i) => [i.prompt, i.answer])).toEqual([
      ['What does this print?', 'It prints 3.'],
      ['What is a closure?', 'A function with its scope.']
    ])
  })

  it('keeps a rule right under a heading out of its answer', () => {
    const doc = '## What is a generator?\n\n<hr>\n\nA function that yields values lazily.\n'
    expect(parseDocument(doc, 't.md')[0]!.answer).toBe('A function that yields values lazily.')
  })

  it('takes the code a statement ending in a colon introduces as its detail, not its answer', () => {
    const doc =
      'What will the console show?:\n\n```js\nconsole.log(typeof null)\n```\n\n---\n\n' +
      'What is hoisting?\n\nDeclarations move to the top of their scope.\n'
    const items = parseDocument(doc, 't.md')
    expect(items[0]!.answer).toBeNull()
    expect(items[0]!.detail).toBe('```js\nconsole.log(typeof null)\n```')
    expect(items[1]!.answer).toBe('Declarations move to the top of their scope.')
  })

  it('keeps the code after a writing task ending in a colon as its solution', () => {
    const doc =
      'Write a function that doubles a number:\n\n```js\nconst double = (n) => n * 2\n```\n'
    expect(parseDocument(doc, 't.md')[0]!.answer).toBe('```js\nconst double = (n) => n * 2\n```')
  })

  it('hears task verbs of other languages (infinitive or imperative) as asking', () => {
    expect(asksInOtherLanguage('Найти сумму элементов массива')).toBe(true)
    expect(asksInOtherLanguage('Написать функцию, которая переворачивает строку')).toBe(true)
    expect(asksInOtherLanguage('Crea una función que sume dos números')).toBe(true)
    expect(asksInOtherLanguage('Erstelle eine Klasse für Konten')).toBe(true)
    expect(asksInOtherLanguage('Найденные ошибки исправлены')).toBe(false)
  })

  it('keeps a rule-separated cheat sheet’s code as its answers', () => {
    const entry = (how: string, code: string): string =>
      `---\n\n${how}:\n\n\`\`\`py\n${code}\n\`\`\`\n\n`
    const doc =
      entry('How to reverse a list', 'xs[::-1]') +
      entry('Find the largest item', 'max(xs)') +
      entry('Write a list of squares', '[x * x for x in xs]')
    expect(parseDocument(doc, 'c.md').map((i) => [i.prompt, i.answer])).toEqual([
      ['How to reverse a list:', '```py\nxs[::-1]\n```'],
      ['Find the largest item:', '```py\nmax(xs)\n```'],
      ['Write a list of squares:', '```py\n[x * x for x in xs]\n```']
    ])
  })

  it('reads a rule-separated task sheet: every statement is a task, its code the task material', () => {
    const doc = [
      '# Tasks',
      '',
      '---',
      '',
      'What does this print?:',
      '',
      '```js',
      'console.log([1, 2, 4].length) // ?',
      '```',
      '',
      '---',
      '',
      'Even numbers stay where they are, odd ones are sorted',
      'in ascending order:',
      '',
      '```js',
      'sortOdd([5, 2, 3]) // [3, 2, 5]',
      '```',
      '',
      '---',
      '',
      'Write a function that prints the numbers 1 to n, where:',
      '* multiples of 3 print `fizz`;',
      '* multiples of 5 print `buzz`.',
      '',
      '```js',
      'function fizzBuzz(n) {}',
      '```',
      ''
    ].join('\n')
    const items = parseDocument(doc, 't.md')
    expect(items.map((i) => [i.prompt, i.answer, i.detail?.split('\n')[1]])).toEqual([
      ['What does this print?:', null, 'console.log([1, 2, 4].length) // ?'],
      [
        'Even numbers stay where they are, odd ones are sorted in ascending order:',
        null,
        'sortOdd([5, 2, 3]) // [3, 2, 5]'
      ],
      [
        'Write a function that prints the numbers 1 to n, where: multiples of 3 print `fizz`; multiples of 5 print `buzz`.',
        null,
        'function fizzBuzz(n) {}'
      ]
    ])
  })
})
