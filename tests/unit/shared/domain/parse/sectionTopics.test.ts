/**
 * A document where nothing asks (a cheat sheet): its sections are the topics, their content the
 * answers (`sectionTopics`), and the parse report says so.
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { parseDocumentWithReport } from '../../../../../src/shared/domain/parse/parseReport'

const cheatSheet = [
  'Python Cheat Sheet',
  '==================',
  '',
  '### Data Types',
  '',
  '| Type | Example |',
  '| ---- | ------- |',
  '| int  | 1       |',
  '',
  '# String',
  '',
  '```python',
  's = "Hello"  # a string',
  '```',
  '## License',
  '',
  'MIT, do what you like.',
  '## Set',
  '```python',
  's = {1, 2}',
  '```',
  '## Dictionary',
  '',
  'Keys map to values: `d = {"a": 1}`.'
].join('\n')

describe('a document with no questions', () => {
  it('gives each section with content as a topic, boilerplate and empty headings left out', () => {
    const items = parseDocument(cheatSheet, 'cheat.md')
    expect(items.map((i) => [i.kind, i.prompt])).toEqual([
      ['topic', 'Data Types'],
      ['topic', 'String'],
      ['topic', 'Set'],
      ['topic', 'Dictionary']
    ])
    expect(items[0]?.answer).toContain('| int  | 1       |')
    expect(items[1]?.answer).toBe('```python\ns = "Hello"  # a string\n```')
    expect(items[0]?.source.line).toBe(4)
  })

  it('says in the report that the items are topics', () => {
    const { report } = parseDocumentWithReport(cheatSheet, 'cheat.md')
    expect(report.warnings).toContain(
      'No questions were found: all 4 items are topics (a heading or phrase, with its notes as the answer).'
    )
  })

  it('leaves a few sections of prose alone: that is a note', () => {
    const note =
      '# Monday\n\nRead about Python.\n\n# Tuesday\n\nWrote code.\n\n# Friday\n\nRested.\n'
    expect(parseDocument(note, 'diary.md')).toEqual([])
  })

  it('is not used when the document has questions', () => {
    const items = parseDocument(
      '## Setup\n\nInstall it.\n\n## Notes\n\nSome notes.\n\n## What is a set?\n\nA collection.\n',
      'q.md'
    )
    expect(items.map((i) => i.prompt)).toEqual(['What is a set?'])
  })
})
