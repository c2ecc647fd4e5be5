import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SHORTCUT_GROUPS } from '@renderer/features/help/shortcutList'
import { SHORTCUTS as EDITOR_SHORTCUTS } from '@renderer/editor/plugins/shortcuts'

/** The README's "Keyboard shortcuts" section as groups of [keys, does] rows. */
function readmeGroups(): Array<{ name: string; rows: Array<[string, string]> }> {
  const readme = readFileSync('README.md', 'utf8')
  const start = readme.indexOf('\n## Keyboard shortcuts\n')
  expect(start).toBeGreaterThan(0)
  const end = readme.indexOf('\n## ', start + 1)
  const groups: Array<{ name: string; rows: Array<[string, string]> }> = []
  for (const line of readme.slice(start, end).split('\n')) {
    const heading = /^### (.+)$/.exec(line)
    if (heading) groups.push({ name: heading[1]!.trim(), rows: [] })
    const row = /^\|(.+)\|(.+)\|$/.exec(line)
    if (!row || !groups.length) continue
    const [keys, does] = [row[1]!.trim(), row[2]!.trim()]
    if (keys === 'Keys' || /^-+$/.test(keys)) continue
    groups[groups.length - 1]!.rows.push([keys.replace(/^`|`$/g, ''), does])
  }
  return groups
}

describe('the keyboard shortcut list', () => {
  it('is the README’s "Keyboard shortcuts" section, group for group and row for row', () => {
    const expected = SHORTCUT_GROUPS.map((g) => ({
      name: g.name,
      rows: g.rows.map((r): [string, string] => [r.keys, r.does])
    }))
    expect(readmeGroups()).toEqual(expected)
  })

  it('lists every key the editor binds', () => {
    const listed = SHORTCUT_GROUPS.flatMap((g) => g.rows.map((r) => r.keys))
    for (const s of EDITOR_SHORTCUTS) expect(listed).toContain(`Ctrl/Cmd+${s.label}`)
  })
})
