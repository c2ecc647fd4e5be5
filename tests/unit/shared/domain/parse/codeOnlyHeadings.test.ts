import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

describe('a code-only phrase heading among question headings', () => {
  const doc = (middle: string): string =>
    [
      '# Django notes',
      '',
      '### How do you run the server?',
      '```bash',
      'python manage.py runserver',
      '```',
      '',
      middle,
      '```python',
      "STATIC_URL = 'static/'",
      '```',
      '',
      '### What is a model?',
      'A class that maps to a table.',
      ''
    ].join('\n')

  it('is an item answered by its code', () => {
    const items = parseDocument(doc('### Serve static files in Django'), 'n.md')
    expect(items.map((i) => i.prompt)).toEqual([
      'How do you run the server?',
      'Serve static files in Django',
      'What is a model?'
    ])
    expect(items[1]!.answer).toContain("STATIC_URL = 'static/'")
  })

  it('stays a section when it is one or two words', () => {
    const items = parseDocument(doc('### Settings'), 'n.md')
    expect(items.map((i) => i.prompt)).not.toContain('Settings')
  })
})
