/**
 * Shapes first met in the documents of collect12 (each rule general, each case small): quiz
 * recaps with every number alone on its line, and a summary that is one glossary table pasted
 * with a blank line after every row.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { joinBareNumbers } from '../../../../../src/shared/domain/parse/bareNumberLines'

const parse = (text: string, file = 'notes.md') =>
  parseDocument(text, file).map((i) => ({
    kind: i.kind,
    prompt: i.prompt,
    answer: i.answer,
    line: i.source.line
  }))

describe('a number alone on its line, the question on the next', () => {
  const recap = [
    '1.',
    '¿Qué es la complejidad algorítmica?',
    '',
    'Es la evaluación de recursos que toma un algoritmo.',
    '',
    '2.',
    'Son las partes esenciales de una linked list:',
    'Nodo, data, next y head.',
    '',
    '3.',
    '¿Qué es un entorno virtual?',
    'Una herramienta para aislar proyectos.'
  ].join('\r\n')

  it('reads each number as the item, the next line as its question and the rest as its answer', () => {
    expect(parse(recap)).toEqual([
      {
        kind: 'question',
        prompt: '¿Qué es la complejidad algorítmica?',
        answer: 'Es la evaluación de recursos que toma un algoritmo.',
        line: 1
      },
      {
        kind: 'question',
        prompt: 'Son las partes esenciales de una linked list:',
        answer: 'Nodo, data, next y head.',
        line: 6
      },
      {
        kind: 'question',
        prompt: '¿Qué es un entorno virtual?',
        answer: 'Una herramienta para aislar proyectos.',
        line: 10
      }
    ])
  })

  it('leaves a lone bare number, and numbers over lists, headings or code, as they were', () => {
    const stray = ['1.', 'Some prose after a lone number.', '', 'More prose.']
    expect(joinBareNumbers(stray)).toEqual(stray)
    for (const below of ['- first', '# Heading', '```python', '> quoted', '| a | b |', '2.']) {
      const lines = ['1.', below, '2.', below]
      expect(joinBareNumbers(lines)).toEqual(lines)
    }
    expect(joinBareNumbers(['1.', 'What is A?', '2)', 'What is B?'])).toEqual([
      '1. What is A?',
      '',
      '2) What is B?',
      ''
    ])
  })
})

describe('a glossary table with a blank line after every row', () => {
  const summary = [
    'Key Technical Concepts Discussed',
    '',
    '| Topic          | Explanation / Candidate’s Response |',
    '',
    '|----------------|-------------------------------------|',
    '',
    '| PIP            | The Python package installer.       |',
    '',
    '| JSON           | A key-value data format.            |',
    '',
    '| Why use a tuple? | It is immutable.                  |',
    ''
  ].join('\r\n')

  it('reads its rows as topics (a row that asks, as a question) when nothing else is an item', () => {
    expect(parse(summary)).toEqual([
      { kind: 'topic', prompt: 'PIP', answer: 'The Python package installer.', line: 7 },
      { kind: 'topic', prompt: 'JSON', answer: 'A key-value data format.', line: 9 },
      { kind: 'question', prompt: 'Why use a tuple?', answer: 'It is immutable.', line: 11 }
    ])
  })

  it('keeps the table as the content of the heading above it otherwise', () => {
    const notes = [
      '# Asyncio',
      '',
      '## What is the event loop?',
      '',
      'It schedules the coroutines.',
      '',
      '## Core concepts',
      '',
      '| Term | Definition |',
      '|------|------------|',
      '| Task | A scheduled coroutine. |',
      '| Future | A result to come. |',
      '',
      '## Why await?',
      '',
      'To yield to the loop.'
    ].join('\n')
    const prompts = parse(notes).map((i) => i.prompt)
    expect(prompts).toContain('What is the event loop?')
    expect(prompts).not.toContain('Task')
    expect(prompts).not.toContain('Future')
  })
})
