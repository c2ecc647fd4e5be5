import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

describe('numbered steps under a how-to heading', () => {
  const doc = (heading: string, first: string): string =>
    [
      `### ${heading}`,
      '',
      `1. **${first}**`,
      '   - Install Flask: `pip install flask`',
      '2. **Create App Structure**',
      '   - Make a `templates/` folder',
      '3. **Run the App**',
      '   - `python app.py`',
      ''
    ].join('\n')

  it('are a tutorial, not items', () => {
    expect(parseDocument(doc('Step-by-Step Guide', 'Setup Environment'), 'n.md')).toEqual([])
  })

  it('still yield an entry that asks', () => {
    const items = parseDocument(doc('Step-by-Step Guide', 'What is a virtualenv?'), 'n.md')
    expect(items.map((i) => i.prompt)).toContain('What is a virtualenv?')
  })
})
