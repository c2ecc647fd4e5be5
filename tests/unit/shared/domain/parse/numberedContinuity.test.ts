/**
 * A numbered list whose entries are separated by their answers (`readList`): the entry numbered
 * next, after a blank line, ends the answer above it, and an entry that does not ask in a list
 * that does is a question like its siblings.
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

function parse(text: string) {
  return parseDocument(text, 'lab.md').map((i) => [i.prompt, i.answer])
}

describe('numbered entries with unfenced answers between them', () => {
  const lab =
    '1. SELECT. Write a query to list all film titles.\n\nSELECT title\nFROM film;\n\n\n' +
    '2. WHERE. Write a query to find customers named S.\n\nSELECT *\nFROM customer;\n\n\n' +
    '3. ORDER BY. List all films sorted by duration.\n\nSELECT title\nORDER BY length;\n\n\n' +
    '4. JOIN. Write a query to list films with their categories.\n\nSELECT f.title\nJOIN category c;\n'

  it('gives every entry its own answer, the one that does not ask too', () => {
    const items = parse(lab)
    expect(items.map((i) => i[0])).toEqual([
      'SELECT. Write a query to list all film titles.',
      'WHERE. Write a query to find customers named S.',
      'ORDER BY. List all films sorted by duration.',
      'JOIN. Write a query to list films with their categories.'
    ])
    expect(items[1]?.[1]).toContain('FROM customer;')
    expect(items[1]?.[1]).not.toContain('ORDER BY')
    expect(items[2]?.[1]).toContain('ORDER BY length;')
  })

  it('leaves numbered steps with prose between them alone', () => {
    const steps =
      '1. Install Python\n\nDownload it from the website and run the installer.\n\n' +
      '2. Set up a virtual environment\n\nRun the venv module in your project folder.\n\n' +
      '3. Install Django\n\nUse pip inside the environment.\n'
    expect(parse(steps)).toEqual([])
  })
})
