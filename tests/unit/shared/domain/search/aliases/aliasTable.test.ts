import { describe, expect, it } from 'vitest'
import {
  AliasTable,
  SHIPPED_ALIASES
} from '../../../../../../src/shared/domain/search/aliases/aliasTable'
import { primaryTerms } from '../../../../../../src/shared/domain/search/tokenize'
import { SearchEngine } from '../../../../../../src/shared/domain/search/searchEngine'
import { makeEntry } from '../makeEntry'

const table = new AliasTable([
  ['gil', 'global interpreter lock'],
  ['dunder', 'magic methods'],
  ['n+1', 'select_related', 'prefetch_related']
])

function names(query: string) {
  return table
    .matches(primaryTerms(query))
    .map(({ from, to, alternatives }) => [from, to, alternatives.map((t) => t.join(' '))])
}

describe('AliasTable', () => {
  it('ships at least 80 reviewed groups of two or more names, none listed twice', () => {
    expect(SHIPPED_ALIASES.length).toBeGreaterThanOrEqual(80)
    for (const group of SHIPPED_ALIASES) {
      expect(group.length, group.join(', ')).toBeGreaterThanOrEqual(2)
      expect(new Set(group).size, group.join(', ')).toBe(group.length)
    }
  })

  it('finds a word or a phrase and offers the other names of its group', () => {
    expect(names('gil threading')).toEqual([[0, 1, ['global interpreter lock']]])
    expect(names('the global interpreter lock')).toEqual([[1, 4, ['gil']]])
    expect(names('n+1 queries')).toEqual([[0, 2, ['select_related', 'prefetch_related']]])
  })

  it('compares names by stem and ignores case', () => {
    expect(names('Magic Method')).toEqual([[0, 2, ['dunder']]])
  })

  it('never matches part of a word or a half-typed name', () => {
    expect(names('gi')).toEqual([])
    expect(names('global interpreter')).toEqual([])
  })

  it('skips terms that may not take part', () => {
    expect(table.matches(primaryTerms('gil'), () => false)).toEqual([])
  })

  it('adds user groups to the shipped ones', () => {
    const user = AliasTable.withUserGroups([['tz', 'time zone']])
    expect(user.size).toBe(SHIPPED_ALIASES.length + 1)
    expect(user.matches(['tz'])[0]!.alternatives).toEqual([['time', 'zone']])
  })
})

describe('alias expansion in the search engine', () => {
  const entries = [
    makeEntry('Explain the global interpreter lock', { id: 'long' }),
    makeEntry('What is the GIL?', { id: 'short' }),
    makeEntry('What does a lock protect?', { id: 'lock' })
  ]
  const engine = SearchEngine.build(entries)
  engine.useAliases(new AliasTable([['gil', 'global interpreter lock']]))
  const ids = (query: string) => engine.query({ query }).hits.map((hit) => hit.id)

  it('finds the other name, ranked below the typed one', () => {
    expect(ids('gil')).toEqual(['short', 'long'])
    expect(ids('global interpreter lock').slice(0, 2)).toEqual(['long', 'short'])
  })

  it('needs every word of a several-word name', () => {
    expect(ids('gil')).not.toContain('lock')
  })

  it('leaves +must, -exclude and field: words as typed', () => {
    expect(ids('+gil')).toEqual(['short'])
    expect(ids('prompt:gil')).toEqual(['short'])
    expect(ids('lock -gil')).not.toContain('short')
  })

  it('takes the user groups from settings', () => {
    const own = SearchEngine.build([makeEntry('What is a time zone?', { id: 'tz' })])
    expect(own.query({ query: 'tz' }).hits).toEqual([])
    own.setUserAliases([['tz', 'time zone']])
    expect(own.query({ query: 'tz' }).hits.map((hit) => hit.id)).toEqual(['tz'])
  })
})
