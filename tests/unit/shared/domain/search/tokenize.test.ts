import { describe, expect, it } from 'vitest'
import {
  forEachTerm,
  primaryTerms,
  termParts
} from '../../../../../src/shared/domain/search/tokenize'

function terms(text: string) {
  const out: Array<[string, string, boolean]> = []
  forEachTerm(text, (term, start, end, part) => out.push([term, text.slice(start, end), part]))
  return out
}

describe('tokenize', () => {
  it('keeps symbol terms whole and adds their word parts', () => {
    expect(primaryTerms('What are *args and **kwargs?')).toEqual([
      'what',
      'are',
      '*args',
      'and',
      '**kwargs'
    ])
    expect(termParts('**kwargs')).toEqual(['kwargs'])
    expect(termParts('__init__')).toEqual(['init'])
    expect(termParts('select_related')).toEqual(['select', 'related'])
    expect(termParts('@staticmethod')).toEqual(['staticmethod'])
    expect(termParts('null=true')).toEqual(['null', 'true'])
    expect(termParts('functools.lru_cache')).toEqual(['functools', 'lru_cache', 'lru', 'cache'])
    expect(termParts('python')).toEqual([])
  })

  it('keeps operators and lower-cases words', () => {
    expect(primaryTerms('is vs == and != in Python')).toEqual([
      'is',
      'vs',
      '==',
      'and',
      '!=',
      'in',
      'python'
    ])
    expect(primaryTerms('null=True vs blank=True')).toEqual(['null=true', 'vs', 'blank=true'])
  })

  it("drops possessive suffixes (Python's → python)", () => {
    expect(primaryTerms("Python's GIL")).toEqual(['python', 'gil'])
  })

  it('reports offsets into the original text, parts included', () => {
    expect(terms('Use @staticmethod')).toEqual([
      ['use', 'Use', false],
      ['@staticmethod', '@staticmethod', false],
      ['staticmethod', 'staticmethod', true]
    ])
    expect(terms('if __name__ == x')).toContainEqual(['name', 'name', true])
  })
})
