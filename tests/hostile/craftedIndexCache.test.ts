// Issue #14, case 8: a cache file with a valid checksum but a malformed header threw a TypeError
// that stopped the search service until the file was deleted by hand.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { catalogKey, IndexCache } from '../../src/main/services/search/indexCache'
import { createEngineHost } from '../../src/main/services/search/engineHost'
import type { FromHost } from '../../src/main/services/search/protocol'
import { SearchEngine } from '../../src/shared/domain/search/searchEngine'
import { makeEntry } from '../unit/shared/domain/search/makeEntry'
import { hostileTempDirs } from './hostileTemp'

const tempDir = hostileTempDirs()
const entries = [
  makeEntry('What is a generator?', { id: 'a' }),
  makeEntry('What is GIL?', { id: 'b' })
]

const align4 = (n: number) => (n + 3) & ~3
function fnv(words: Uint32Array): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ words[i]!, 16777619)
  return hash >>> 0
}

/** The real cache file with its prose part replaced by one carrying `header`, checksums valid. */
function craft(file: string, header: unknown): void {
  const real = new Uint8Array(readFileSync(file))
  const jsonLength = new Uint32Array(real.buffer, real.byteOffset, 4)[2]!
  const proseAt = 16 + align4(jsonLength)
  const json = new TextEncoder().encode(JSON.stringify(header))
  const prose = new Uint8Array(16 + align4(json.length))
  prose.set(json, 16)
  const prelude = new Uint32Array(prose.buffer, 0, 4)
  prelude[0] = 0x58494e53
  prelude[1] = 1
  prelude[2] = json.length
  prelude[3] = fnv(new Uint32Array(prose.buffer, 16))
  const out = new Uint8Array(proseAt + prose.length)
  out.set(real.subarray(0, proseAt))
  out.set(prose, proseAt)
  writeFileSync(file, out)
}

const MALFORMED: Array<[string, unknown]> = [
  ['no posting counts', { termCount: 0, docCount: 2 }],
  ['fields not a list', { fields: 7, termCount: 0, docCount: 2, postingCounts: [] }],
  [
    'huge counts',
    { fields: ['answer'], termCount: 0, docCount: 2 ** 40, postingCounts: [0], avgLengths: [1] }
  ],
  ['null', null]
]

describe('a crafted index cache', () => {
  it.each(MALFORMED)('with %s is discarded and reported as corrupt', (_name, header) => {
    const cache = new IndexCache(tempDir())
    cache.write('k', SearchEngine.build(entries).index)
    const file = cache.fileFor('k')!
    craft(file, header)
    expect(cache.read('k', 2)).toEqual({ index: null, status: 'corrupt' })
    expect(existsSync(file)).toBe(false)
  })

  it('that decodes with other fields is rebuilt, and search works', () => {
    const dir = tempDir()
    const cache = new IndexCache(dir)
    const key = catalogKey(entries)
    cache.write(key, SearchEngine.build(entries).index)
    const file = cache.fileFor(key)!
    craft(file, {
      fields: ['elsewhere'],
      docCount: 2,
      termCount: 0,
      termBytes: 0,
      postingCounts: [0],
      avgLengths: [0]
    })
    const posted: FromHost[] = []
    const handle = createEngineHost(dir, (m) => posted.push(m))
    handle({ type: 'catalog', generation: 1, entries, meta: {} })
    expect(posted.find((m) => m.type === 'ready')).toMatchObject({ ready: { cache: 'corrupt' } })
    handle({ type: 'query', seq: 1, request: { query: 'generator' } })
    const result = posted.find((m) => m.type === 'result')
    expect(result).toMatchObject({ response: { total: 1 } })
    // The rebuilt index replaced the crafted file: the next start is a hit.
    expect(new IndexCache(dir).read(key, 2).status).toBe('hit')
  })
})
