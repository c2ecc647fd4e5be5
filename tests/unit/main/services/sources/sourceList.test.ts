import { describe, expect, it } from 'vitest'
import {
  memoryStore,
  readUserSources,
  writeUserSources
} from '../../../../../src/main/services/sources/sourceList'

describe('readUserSources', () => {
  it('round-trips what writeUserSources stored', () => {
    const store = memoryStore()
    const sources = [
      { path: '/home/me/notes.md', kind: 'file' as const },
      { path: '/home/me/interviews', kind: 'folder' as const }
    ]
    writeUserSources(store, sources)
    expect(readUserSources(store)).toEqual({ sources, dropped: 0 })
  })

  it('treats a missing key as no sources', () => {
    expect(readUserSources(memoryStore())).toEqual({ sources: [], dropped: 0 })
  })

  it('drops what is not a valid source instead of failing', () => {
    const store = memoryStore({
      sources: [
        { path: '/ok.md', kind: 'file' },
        { path: 'relative.md', kind: 'file' },
        { path: '/bad-kind', kind: 'symlink' },
        'just a string',
        null,
        { path: '/ok.md', kind: 'file' },
        { path: '/dir', kind: 'folder', extra: true }
      ]
    })
    expect(readUserSources(store)).toEqual({
      sources: [
        { path: '/ok.md', kind: 'file' },
        { path: '/dir', kind: 'folder' }
      ],
      dropped: 5
    })
  })

  it('treats a non-array value as no sources', () => {
    expect(readUserSources(memoryStore({ sources: { path: '/x.md' } }))).toEqual({
      sources: [],
      dropped: 1
    })
  })
})
