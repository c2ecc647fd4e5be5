/**
 * Course notes numbered by chapter and section (`### 2.3. Dictionary`): each numbered
 * subsection explains its topic with code, tables or prose, and is a topic even when the notes
 * end with one section of review questions; the number is not part of the topic's name.
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

const notes = [
  '# Python from zero',
  '',
  '## Chapter 1 – Basics',
  '',
  '### 1.1. Variables',
  '',
  '```python',
  'name = "Ada"',
  '```',
  '',
  '### 1.2. Operators',
  '',
  '| Operator | Meaning |',
  '| -------- | ------- |',
  '| //       | floor   |',
  '',
  '## Chapter 2 – Collections',
  '',
  '### 2.1. Lists',
  '',
  '```python',
  'prices = [10, 20]',
  '```',
  '',
  '### 2.2. Sets',
  '',
  '- no duplicates',
  '- fast membership',
  '',
  '### 2.3. Review questions',
  '',
  '- What is the difference between a list and a tuple?',
  '- When would you use a set?',
  ''
].join('\n')

describe('outline-numbered course notes', () => {
  const items = parseDocument(notes, 'notes.md')

  it('makes each numbered subsection with content an item, without its number', () => {
    expect(items.map((i) => i.prompt)).toEqual([
      'Variables',
      'Operators',
      'Lists',
      'Sets',
      // The one section of review questions: its questions are items, its heading is not.
      'What is the difference between a list and a tuple?',
      'When would you use a set?'
    ])
    expect(items.find((i) => i.prompt === 'Lists')?.answer).toContain('prices = [10, 20]')
    expect(items.find((i) => i.prompt === 'Operators')?.answer).toContain('| //       | floor   |')
  })

  it('reads no subsection as an item when questions are spread over several sections', () => {
    const spread = notes.replace('- no duplicates', '- Why are sets fast?')
    const prompts = parseDocument(spread, 'notes.md').map((i) => i.prompt)
    expect(prompts).not.toContain('Variables')
    expect(prompts).toContain('Why are sets fast?')
  })
})

describe('question tables with a qualified answer column', () => {
  it('reads "Gợi ý trả lời" and "Suggested answer" as the answer column', () => {
    for (const header of ['Gợi ý trả lời', 'Suggested answer', 'Respuesta sugerida']) {
      const table = [
        `| Topic | Question | ${header} |`,
        '| ----- | -------- | ---- |',
        '| Lists | Why is a tuple hashable? | It is immutable |',
        '| Dicts | When do you use a dict? | For lookups by key |',
        ''
      ].join('\n')
      const items = parseDocument(table, 'table.md')
      expect(
        items.map((i) => [i.prompt, i.answer]),
        header
      ).toEqual([
        ['Why is a tuple hashable?', 'It is immutable'],
        ['When do you use a dict?', 'For lookups by key']
      ])
    }
  })
})

describe('keycap-numbered task headings', () => {
  it('reads `### 2️⃣ Tạo module…` as the task, without its keycap number', () => {
    const doc = [
      '## Thực hành',
      '',
      '### 1️⃣ Viết hàm `add(a, b)` trả về tổng.',
      '',
      'Ví dụ: add(1, 2) là 3.',
      '',
      '### 2️⃣ Tạo module `converter.py` chứa hai hàm.',
      '',
      'Sau đó import và dùng trong `main.py`.',
      ''
    ].join('\n')
    expect(parseDocument(doc, 'vi.md').map((i) => i.prompt)).toEqual([
      'Viết hàm `add(a, b)` trả về tổng.',
      'Tạo module `converter.py` chứa hai hàm.'
    ])
  })
})
