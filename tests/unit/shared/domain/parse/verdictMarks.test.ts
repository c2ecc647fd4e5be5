import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

describe('check- and cross-marked verdict lines under an example', () => {
  const doc = (a: string, b: string): string =>
    ['## Blocking code', '', '```python', 'time.sleep(2)', '```', '', a, b, ''].join('\n')

  it('are part of the explanation, not topics', () => {
    expect(parseDocument(doc('✔ Blocks the event loop', '❌ Stops other tasks'), 'n.md')).toEqual(
      []
    )
  })

  it('still yield a marked line that asks', () => {
    const items = parseDocument(doc('✅ What is a coroutine?', '✅ What is a task?'), 'n.md')
    expect(items.map((i) => i.prompt)).toContain('What is a coroutine?')
  })
})
