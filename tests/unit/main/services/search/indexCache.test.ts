import { mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { catalogKey, IndexCache } from '../../../../../src/main/services/search/indexCache'
import { SearchEngine } from '../../../../../src/shared/domain/search/searchEngine'
import { makeEntry } from '../../../shared/domain/search/makeEntry'

const dirs: string[] = []
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'search-cache-'))
  dirs.push(dir)
  return dir
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

const entries = [
  makeEntry('What is a generator?', { id: 'a' }),
  makeEntry('What is GIL?', { id: 'b' })
]

describe('catalogKey', () => {
  it('changes with the indexed text and order, not with untouched fields', () => {
    const key = catalogKey(entries)
    expect(catalogKey(entries.map((e) => ({ ...e, related: ['x'] })))).toBe(key)
    expect(catalogKey([entries[1]!, entries[0]!])).not.toBe(key)
    expect(catalogKey([{ ...entries[0]!, prompt: 'What is a generator!' }, entries[1]!])).not.toBe(
      key
    )
    expect(catalogKey(entries, 'sources-v2')).not.toBe(key)
  })
})

describe('IndexCache', () => {
  const index = SearchEngine.build(entries).index

  it('misses, then hits after a write, and keeps only the newest key', () => {
    const cache = new IndexCache(tempDir())
    expect(cache.read('k1', 2).status).toBe('miss')
    cache.write('k1', index)
    const read = cache.read('k1', 2)
    expect(read.status).toBe('hit')
    expect(JSON.stringify(read.index!.primary)).toBe(JSON.stringify(index.primary))
    expect(read.index!.prose.terms).toEqual(index.prose.terms)
    cache.write('k2', index)
    expect(cache.read('k1', 2).status).toBe('miss')
  })

  it('discards a corrupted file', () => {
    const dir = tempDir()
    const cache = new IndexCache(dir)
    cache.write('k', index)
    const file = cache.fileFor('k')!
    const bytes = readFileSync(file)
    bytes[bytes.length - 5]! ^= 0x5a
    writeFileSync(file, bytes)
    expect(cache.read('k', 2).status).toBe('corrupt')
    expect(readdirSync(dir)).toEqual([])
    // Damage inside lunr's JSON (right after the 16-byte prelude) is caught too.
    cache.write('k', index)
    const json = readFileSync(file)
    json[20]! ^= 0x5a
    writeFileSync(file, json)
    expect(cache.read('k', 2).status).toBe('corrupt')
    writeFileSync(file, 'garbage')
    expect(cache.read('k', 2).status).toBe('corrupt')
  })

  it('treats an index for another number of entries as corrupt', () => {
    const cache = new IndexCache(tempDir())
    cache.write('k', index)
    expect(cache.read('k', 3).status).toBe('corrupt')
  })

  it('is off without a folder', () => {
    const cache = new IndexCache(null)
    cache.write('k', index)
    expect(cache.read('k', 2).status).toBe('off')
  })
})
