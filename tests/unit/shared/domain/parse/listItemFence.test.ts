import { describe, expect, it } from 'vitest'
import { parseDocument, scanDocument } from '../../../../../src/shared/domain/parse'

describe('a fenced block opened on a list item line', () => {
  const doc = [
    '1. **How do you list files?**',
    '   - ```sh',
    '     ls -la',
    '     ```',
    '',
    '2. **What is a symlink?**',
    '   - A file pointing at another path.',
    '',
    '3. **How do you follow a log?**',
    '   - ```sh',
    '     tail -f app.log',
    '     ```',
    ''
  ].join('\n')

  it('is code up to its own closing fence, so the next question is not swallowed', () => {
    const lines = scanDocument(doc).lines
    expect(lines.map((l) => l.code)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      false
    ])
  })

  it('is the answer of the item it sits under, without the list marker', () => {
    expect(parseDocument(doc, 'l.md').map((i) => [i.prompt, i.answer])).toEqual([
      ['How do you list files?', '```sh\nls -la\n```'],
      ['What is a symlink?', '- A file pointing at another path.'],
      ['How do you follow a log?', '```sh\ntail -f app.log\n```']
    ])
  })
})
