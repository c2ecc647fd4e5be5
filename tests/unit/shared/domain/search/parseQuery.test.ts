import { describe, expect, it } from 'vitest'
import { parseQuery } from '../../../../../src/shared/domain/search/parseQuery'

describe('parseQuery', () => {
  it('reads plain words, the last one still being typed', () => {
    const { clauses, fallback } = parseQuery('generator yi')
    expect(fallback).toBe(false)
    expect(clauses.map((c) => [c.terms, c.presence, c.typing])).toEqual([
      [['generator'], 'should', false],
      [['yi'], 'should', true]
    ])
    expect(parseQuery('generator ').clauses[0]!.typing).toBe(false)
  })

  it('reads +must, -exclude, field:term and phrases', () => {
    const { clauses, fallback } = parseQuery(
      '+django -flask section:orm answer:"lazy query" tag:todo'
    )
    expect(fallback).toBe(false)
    expect(clauses.map((c) => [c.presence, c.field, c.terms, c.phrase])).toEqual([
      ['must', null, ['django'], false],
      ['not', null, ['flask'], false],
      ['should', 'section', ['orm'], false],
      ['should', 'answer', ['lazy', 'query'], true],
      ['should', 'tag', ['todo'], false]
    ])
  })

  it('keeps symbols that look like syntax as terms', () => {
    expect(parseQuery('is vs ==').clauses.map((c) => c.terms[0])).toEqual(['is', 'vs', '=='])
    expect(parseQuery('null=True').clauses.map((c) => c.terms[0])).toEqual(['null=true'])
    expect(parseQuery('**kwargs').clauses.map((c) => c.terms[0])).toEqual(['**kwargs'])
    expect(parseQuery('-= operator').clauses.map((c) => [c.presence, c.terms[0]])).toEqual([
      ['should', '-='],
      ['should', 'operator']
    ])
  })

  it('reads unknown field names as text', () => {
    const { clauses, fallback } = parseQuery('re:match')
    expect(fallback).toBe(false)
    expect(clauses.map((c) => c.terms[0])).toEqual(['re', 'match'])
  })

  it('accepts lunr suffixes: gen* completes, ~1 and ^2 are ignored', () => {
    const { clauses } = parseQuery('gen* decorater~1 yield^2 ')
    expect(clauses.map((c) => [c.terms[0], c.typing])).toEqual([
      ['gen', true],
      ['decorater', false],
      ['yield', false]
    ])
  })

  it.each(['foo:', 'answer: gil', '*', '~', '"gil', 'gil "', '""', '+', 'a - b'])(
    'falls back to plain words for malformed %j',
    (text) => {
      const parsed = parseQuery(text)
      expect(parsed.fallback).toBe(true)
      expect(parsed.clauses.every((c) => c.presence === 'should' && c.field === null)).toBe(true)
    }
  )

  it('keeps the words of a malformed query', () => {
    expect(parseQuery('"gil threading').clauses.map((c) => c.terms[0])).toEqual([
      'gil',
      'threading'
    ])
  })
})
