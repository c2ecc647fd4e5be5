import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { keyAfterOptions } from '../../../../../src/shared/domain/parse/keyAfterOptions'
import { unwrapMarkdownFence } from '../../../../../src/shared/domain/parse/markdownWrapper'

const parse = (lines: string[]) => parseDocument(lines.join('\n') + '\n', 'notes.md')

describe('definition lists', () => {
  it('reads each term as a topic and its definitions, lazy lines included, as the answer', () => {
    const items = parse([
      '## Glossary',
      '',
      '[commit]{#commit}',
      ':   To record the current state of a set of files',
      'in a version control repository.',
      '',
      'merge',
      '',
      ':   To reconcile two sets of changes.',
      '',
      ':   (a file) To combine two versions.',
      '',
      'What is a remote? {#remote}',
      ':   A repository connected to another.'
    ])
    expect(items.map((i) => [i.kind, i.prompt])).toEqual([
      ['topic', 'commit'],
      ['topic', 'merge'],
      ['question', 'What is a remote?']
    ])
    expect(items[0]!.answer).toBe(
      'To record the current state of a set of files\nin a version control repository.'
    )
    expect(items[1]!.answer).toBe(
      'To reconcile two sets of changes.\n\n(a file) To combine two versions.'
    )
  })

  it('needs the definition mark on the next line (or after one blank line)', () => {
    const items = parse(['Some prose line.', 'Another: with a colon.', '', 'Text'])
    expect(items.some((i) => i.prompt === 'Some prose line.' && i.answer)).toBe(false)
  })
})

describe('a chat answer pasted with its ```markdown wrapper', () => {
  it('is read as the Markdown inside, line numbers kept', () => {
    const text = '```markdown\n# Quiz\n\n### 1. What is a list?\nA sequence.\n```\n'
    expect(unwrapMarkdownFence(text)).toBe('\n# Quiz\n\n### 1. What is a list?\nA sequence.\n\n')
    const items = parseDocument(text, 'paste.md')
    expect(items.map((i) => [i.prompt, i.answer, i.source.line])).toEqual([
      ['What is a list?', 'A sequence.', 4]
    ])
  })

  it('leaves a Markdown example further down, and other fences, alone', () => {
    const text = '# Notes\n\n```markdown\n# Title\n```\n'
    expect(unwrapMarkdownFence(text)).toBe(text)
    expect(unwrapMarkdownFence('```python\nx = 1\n```\n')).toBe('```python\nx = 1\n```\n')
  })
})

describe('a quiz answer read as options and then the key', () => {
  it('keeps the key and its explanation, and reads a letter as its option', () => {
    expect(
      keyAfterOptions('- a string\n- a tuple\n- a list\n\n✅ **Correct Answer:** a list.')
    ).toBe('a list.')
    expect(keyAfterOptions('A) 1\nB) 2\nC) 3\n\n**Answer:** B\nBecause 1 + 1.')).toBe(
      'B) 2\nBecause 1 + 1.'
    )
    // A letter no option has, a list point labelled like a key, or no options: left as it was.
    expect(keyAfterOptions('- one\n- two\n\nAnswer: C')).toBeNull()
    expect(
      keyAfterOptions('- Django raises an error.\n- It retries.\n- Solution: use pooling.')
    ).toBeNull()
    expect(keyAfterOptions('Answer: it depends.')).toBeNull()
  })

  it('joins a lead-in, its code and the bold question under a label heading', () => {
    const items = parse([
      '### Question 1',
      '**Consider the statement:**',
      '```python',
      "L = {'1': 1}",
      '```',
      '**Which is correct?**',
      '- L is a list',
      '- L maps strings to integers',
      '',
      '✅ **Correct Answer:** L maps strings to integers.'
    ])
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      ['Consider the statement: Which is correct?', 'L maps strings to integers.']
    ])
    expect(items[0]!.detail).toContain("L = {'1': 1}")
  })
})

describe('a right option marked with ✅', () => {
  it('is the answer, with the explanation after the options', () => {
    const items = parse([
      '## Pregunta 1',
      '**¿Qué es Scrum?**',
      '',
      '**Opciones:**',
      '1. Una metodología tradicional',
      '2. Un marco de trabajo para problemas complejos ✅',
      '3. Un software',
      '',
      '**Explicación:** Scrum es un marco de trabajo ligero.'
    ])
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      [
        '¿Qué es Scrum?',
        'Un marco de trabajo para problemas complejos\n\nScrum es un marco de trabajo ligero.'
      ]
    ])
  })

  it('reads options and key fenced together, and leaves a list of ticked pros alone', () => {
    expect(
      keyAfterOptions(
        '```\nA) Decorar\nB) Organizar\nC) Descrever\nResposta Correta: C) Descrever\n```'
      )
    ).toBe('C) Descrever')
    expect(
      keyAfterOptions('- Fast ✅\n- Simple ✅\n- Popular ✅\n\nExplanation: all good.')
    ).toBeNull()
  })
})

describe('a glossary of bold terms under category headings', () => {
  it('makes the terms the topics and the headings their sections', () => {
    const items = parse([
      '# 用語集',
      '',
      '## 基本',
      '',
      '- **変数**  ',
      '  データを入れておく箱。',
      '',
      '- **関数**  ',
      '  処理をまとめたもの。',
      '',
      '## データ型',
      '',
      '- **str**  ',
      '  文字列。',
      '',
      '- **int**  ',
      '  整数。',
      '',
      '## 制御',
      '',
      '- **if**  ',
      '  条件で分ける。',
      '',
      '- **for**  ',
      '  繰り返す。'
    ])
    expect(items.map((i) => [i.kind, i.prompt, i.section])).toEqual([
      ['topic', '変数', '基本'],
      ['topic', '関数', '基本'],
      ['topic', 'str', 'データ型'],
      ['topic', 'int', 'データ型'],
      ['topic', 'if', '制御'],
      ['topic', 'for', '制御']
    ])
    expect(items[0]!.answer).toBe('データを入れておく箱。')
  })
})

describe('a true-or-false statement with its answer in a disclosure', () => {
  it('is the item, the disclosure’s tags are not part of it', () => {
    const items = parse([
      '---',
      '',
      '**Aussage:** `elif` ist eine Abkuerzung fuer `else if`.',
      '',
      '<details>',
      '<summary>Loesung anzeigen</summary>',
      '',
      '**Antwort:** JA',
      '',
      '`elif` kombiniert `else` und `if`.',
      '</details>',
      '',
      '---'
    ])
    expect(items.map((i) => i.prompt)).toEqual(['`elif` ist eine Abkuerzung fuer `else if`.'])
    expect(items[0]!.answer).toMatch(/^JA\n\n`elif` kombiniert/)
  })
})
