import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

describe('a numbered label opening a stem, unlettered choices, a labelled answer line', () => {
  it('takes the stem as the prompt, code and choices as detail, the answer line as answer', () => {
    const doc = [
      '**Frage 1**: Was gibt folgender Code aus?',
      '```python',
      'print(2 * 3)',
      '```',
      '- `5`',
      '- `6`',
      '',
      '**Antwort**: `6`',
      '',
      '---',
      '',
      '**Pregunta 2**: ¿Qué tipo tiene `True`?',
      '- `str`',
      '- `bool`',
      '',
      '**Respuesta**: `bool`',
      ''
    ].join('\n')
    const items = parseDocument(doc, 'd.md')
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      ['Was gibt folgender Code aus?', '`6`'],
      ['¿Qué tipo tiene `True`?', '`bool`']
    ])
    expect(items[0]!.detail).toContain('- `6`')
  })

  it('reads the English `**Question N**:` the same way', () => {
    const doc =
      '**Question 1**: Which method adds to a list?\n- `append()`\n- `pop()`\n\n**Answer**: `append()`\n'
    const [item] = parseDocument(doc, 'd.md')
    expect([item!.prompt, item!.answer]).toEqual(['Which method adds to a list?', '`append()`'])
  })
})
