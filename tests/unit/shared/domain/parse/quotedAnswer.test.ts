import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { afterLabel, unquoteAnswer } from '../../../../../src/shared/domain/parse/quotedAnswer'

describe('answers set off as block quotes', () => {
  it('unquotes a quote labelled as the answer, leaving code alone', () => {
    const isLabel = (t: string): string | null => (t.startsWith('Answer:') ? t.slice(7) : null)
    expect(
      unquoteAnswer(
        ['> Answer: One.', '>', '> - two', '', '```', '> not a quote', '```'],
        false,
        isLabel
      )
    ).toEqual(['Answer: One.', '', '- two', '', '```', '> not a quote', '```'])
    expect(unquoteAnswer(['', '> One.'], true, isLabel)).toEqual(['', 'One.'])
    expect(unquoteAnswer(['> a quoted part'], false, isLabel)).toEqual(['> a quoted part'])
    expect(unquoteAnswer(['Answer:', '', '> One.'], false, isLabel)).toEqual([
      'Answer:',
      '',
      'One.'
    ])
    expect(unquoteAnswer(['Answer: one', '> a citation'], false, isLabel)).toEqual([
      'Answer: one',
      '> a citation'
    ])
    expect(unquoteAnswer(['Plain.', '> a citation'], false, isLabel)).toEqual([
      'Plain.',
      '> a citation'
    ])
  })

  it('drops what a label leaves on its line', () => {
    expect(afterLabel(': text')).toBe('text')
    expect(afterLabel(' > _text_')).toBe('_text_')
    expect(afterLabel(' \\')).toBe('')
  })

  it('strips the label inside the quote, with its stray marks', () => {
    const doc = [
      '### 1. What does `len` return?',
      '',
      '> **Answer:** > _The number of items:_',
      '>',
      '> - in a list, its elements',
      '',
      '### 2. How do you copy a list?',
      '',
      '> **Answer:**:',
      '> Slice it: `b = a[:]`.',
      ''
    ].join('\n')
    expect(parseDocument(doc, 'q.md').map((i) => i.answer)).toEqual([
      '_The number of items:_\n\n- in a list, its elements',
      'Slice it: `b = a[:]`.'
    ])
  })

  it('unquotes the answer under a label line of another language, or after a bold label', () => {
    const answerOf = (body: string): string | null =>
      parseDocument(`### 1. What is a thread?\n\n${body}\n`, 'q.md')[0]!.answer
    expect(answerOf('**Ответ:**\n\n> Поток выполнения.\n> Лёгкий.')).toBe(
      'Поток выполнения.\nЛёгкий.'
    )
    expect(answerOf('**Answer:** > A unit of execution.\n> Light.')).toBe(
      'A unit of execution.\nLight.'
    )
  })

  it('finds the quoted label after the code a question shows', () => {
    const doc = [
      '### 3. What does this print? Explain.',
      '',
      '```python',
      'print(2 ** 3)',
      '```',
      '',
      '> **Answer:** \\',
      '> 8',
      ''
    ].join('\n')
    const [item] = parseDocument(doc, 'q.md')
    expect(item!.detail).toBe('```python\nprint(2 ** 3)\n```')
    expect(item!.answer).toBe('8')
  })
})
