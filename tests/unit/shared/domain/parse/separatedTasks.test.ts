import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { isSeparator } from '../../../../../src/shared/domain/parse/lineShapes'

describe('tasks separated by rules, with the code they introduce', () => {
  it('reads an HTML <hr> line as a rule that ends the entry above it', () => {
    expect(isSeparator('<hr>')).toBe(true)
    expect(isSeparator('<hr />')).toBe(true)
    expect(isSeparator('<HR/>')).toBe(true)
    expect(isSeparator('<hr> text')).toBe(false)
    const doc = 'What does this print?\n\nIt prints 3.\n\n<hr />\n\nWhat is a closure?\n\nA function with its scope.\n'
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
})
