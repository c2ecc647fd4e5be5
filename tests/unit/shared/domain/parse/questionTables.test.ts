/**
 * Tables of questions, in HTML and in Markdown pipes: the header names the question and answer
 * columns (in several languages), or a headerless two-column table asks in its first column.
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

function parse(text: string, file = 'notes.md') {
  return parseDocument(text, file).map((i) => ({
    prompt: i.prompt,
    answer: i.answer,
    line: i.source.line
  }))
}

describe('an HTML table with Question and Answer headers', () => {
  it('gives one item per row, cells wrapped across lines read whole', () => {
    const items = parse(
      [
        '# Networking quiz',
        '',
        '<table>',
        '  <thead><tr><th><b>Question</b></th><th>Answer</th></tr></thead>',
        '  <tbody>',
        '    <tr>',
        '      <td align="left">Which port does HTTPS use by',
        '        default?</td>',
        '      <td>443</td>',
        '    </tr>',
        '    <tr><td>Ping uses ICMP. True or False?</td><td>True<br>echo request &amp; reply</td></tr>',
        '  </tbody>',
        '</table>'
      ].join('\n')
    )
    expect(items).toEqual([
      { prompt: 'Which port does HTTPS use by default?', answer: '443', line: 7 },
      {
        prompt: 'Ping uses ICMP. True or False?',
        answer: 'True\necho request & reply',
        line: 11
      }
    ])
  })

  it('reads headers in other languages, even in a first row of plain cells', () => {
    const items = parse(
      '<table>\n<tr><td>Вопрос</td><td>Ответ</td></tr>\n' +
        '<tr><td>Что такое GIL</td><td>Глобальная блокировка</td></tr>\n</table>\n'
    )
    expect(items).toEqual([{ prompt: 'Что такое GIL', answer: 'Глобальная блокировка', line: 3 }])
  })

  it('skips a table that holds no questions, cells and all', () => {
    const items = parse(
      '<table>\n<tr><th>Name</th><th>Age</th></tr>\n<tr><td>Ana</td><td>31</td></tr>\n</table>\n\n' +
        '1. What is a list?\n'
    )
    expect(items.map((i) => i.prompt)).toEqual(['What is a list?'])
  })
})

describe('a two-column table without question headers', () => {
  it('is a question list when its first cells ask', () => {
    const items = parse(
      '| Term | Meaning |\n|---|---|\n| What is a pod? | The smallest unit |\n' +
        '| What is a node? | A worker machine |\n| Why use a service? | Stable address |\n'
    )
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      ['What is a pod?', 'The smallest unit'],
      ['What is a node?', 'A worker machine'],
      ['Why use a service?', 'Stable address']
    ])
  })

  it('is not when they name things: alone in a document, a glossary of topics', () => {
    const table = '| Command | Purpose |\n|---|---|\n| ls | list files |\n| cd | change dir |\n'
    expect(parseDocument(table, 'notes.md').map((i) => [i.kind, i.prompt, i.answer])).toEqual([
      ['topic', 'ls', 'list files'],
      ['topic', 'cd', 'change dir']
    ])
    const underQuestions = `## What is a shell?\n\nA command interpreter.\n\n${table}`
    expect(parse(underQuestions).map((i) => i.prompt)).toEqual(['What is a shell?'])
  })

  it('reads a Pregunta / Respuesta header', () => {
    const items = parse('| Pregunta | Respuesta |\n|---|---|\n| Qué es Python | Un lenguaje |\n')
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([['Qué es Python', 'Un lenguaje']])
  })
})
