import { describe, expect, it } from 'vitest'
import {
  formatAliasLines,
  normaliseAliasGroups,
  parseAliasLines
} from '../../../../../../src/shared/domain/search/aliases/userAliases'
import { normaliseSettings } from '../../../../../../src/main/services/settings/settingsService'
import { validateArgs } from '../../../../../../src/shared/ipc/validateArgs'

describe('user aliases', () => {
  it('reads one group per line, names split by = or comma, duplicates folded', () => {
    const parsed = parseAliasLines('tz = time zone, timezone\n\n# a comment\nk8s,Kubernetes, k8s')
    expect(parsed).toEqual({
      groups: [
        ['tz', 'time zone', 'timezone'],
        ['k8s', 'Kubernetes']
      ],
      problems: []
    })
    expect(parseAliasLines(formatAliasLines(parsed.groups)).groups).toEqual(parsed.groups)
  })

  it('reports a line that is not a group, naming it, and keeps the others', () => {
    const parsed = parseAliasLines('tz = time zone\njust one name\n')
    expect(parsed.groups).toEqual([['tz', 'time zone']])
    expect(parsed.problems).toEqual([
      'Line 2 needs two names separated by "=" or ",", e.g. "tz = time zone".'
    ])
  })

  it('keeps only well-formed groups from a hand-edited settings file', () => {
    expect(normaliseAliasGroups('nope')).toEqual([])
    expect(normaliseAliasGroups([['a', 'b'], ['lonely'], 'x', [1, 'c', 'd']])).toEqual([
      ['a', 'b'],
      ['c', 'd']
    ])
    expect(normaliseSettings({}).aliases).toEqual([])
    expect(normaliseSettings({ aliases: [['tz', 'time zone']] }).aliases).toEqual([
      ['tz', 'time zone']
    ])
  })

  it('validates the settings patch at the IPC boundary', () => {
    expect(() =>
      validateArgs('settings:update', [{ aliases: [['tz', 'time zone']] }])
    ).not.toThrow()
    expect(() => validateArgs('settings:update', [{ aliases: [['lonely']] }])).toThrow()
    expect(() => validateArgs('settings:update', [{ aliases: 'tz=time zone' }])).toThrow()
  })
})
