/**
 * Entries between rules, each led by one bullet (`formats/ruledEntries`): the block up to the
 * next rule is the answer, numbered lists and code included; a lone `Term - definition` bullet
 * is split into term and definition (`termDefinition`).
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { termDefinition } from '../../../../../src/shared/domain/parse/termDefinition'

const notes = [
  '## Go notes',
  '',
  '---',
  '',
  '- GOPATH - the workspace where Go keeps sources and binaries.',
  '',
  '---',
  '',
  '- Goroutines',
  '',
  'Lightweight threads managed by the runtime:',
  '',
  '1. cheap to start;',
  '',
  '2. scheduled onto OS threads.',
  '',
  '---',
  '',
  '- What does defer do:',
  '',
  'Runs a call when the function returns.',
  '',
  '```go',
  'defer f.Close()',
  '```',
  '',
  '---',
  '',
  '- Channels',
  '',
  'Typed pipes between goroutines.'
].join('\n')

describe('rule-delimited entries', () => {
  it('reads each bullet and the block under it, up to the next rule, as one item', () => {
    const items = parseDocument(notes, 'go.md')
    expect(items.map((i) => [i.kind, i.prompt])).toEqual([
      ['topic', 'GOPATH'],
      ['topic', 'Goroutines'],
      ['question', 'What does defer do'],
      ['topic', 'Channels']
    ])
    expect(items[0]!.answer).toBe('the workspace where Go keeps sources and binaries.')
    expect(items[1]!.answer).toContain('scheduled onto OS threads')
    expect(items[2]!.answer).toContain('defer f.Close()')
  })

  it('leaves bullet lists between rules alone', () => {
    const doc = [
      'Lists',
      '',
      '***',
      '- one',
      '- two',
      '***',
      '- three',
      '- four',
      '***',
      '- five',
      '- six'
    ].join('\n')
    expect(parseDocument(doc, 'list.md').map((i) => i.prompt)).toEqual([
      'one',
      'two',
      'three',
      'four',
      'five',
      'six'
    ])
  })
})

describe('termDefinition', () => {
  it('splits a short term from its definition', () => {
    expect(termDefinition('HAML - HTML Abstraction Markup Language')).toEqual({
      term: 'HAML',
      definition: 'HTML Abstraction Markup Language'
    })
    expect(termDefinition('PEP8 — соглашение о стиле кода')?.term).toBe('PEP8')
  })

  it('leaves sentences, ranges and questions alone', () => {
    expect(termDefinition('Python 2 - 3')).toBeNull()
    expect(termDefinition('This is a long sentence of words - and more words')).toBeNull()
    expect(termDefinition('Sets - what are they?')).toBeNull()
  })

  it('splits a term line with notes under it in plain notes', () => {
    const doc = [
      'What is Rack?',
      '  a web server interface',
      '',
      'ERB - Embedded Ruby',
      '  templates in views'
    ].join('\n')
    const items = parseDocument(doc, 'notes.txt')
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      ['What is Rack?', 'a web server interface'],
      ['ERB', 'Embedded Ruby\n\ntemplates in views']
    ])
  })
})
