/** A cold ingest reads and parses several documents at once, yet gives the file-by-file catalog. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  inlineParser,
  type DocumentParser,
  type ParsedSource
} from '../../../../../src/main/services/sources/documentParser'
import {
  ingestSources,
  type ResolvedSource
} from '../../../../../src/main/services/sources/ingestSources'
import { defaultPoolSize, parserPool } from '../../../../../src/main/services/sources/parserPool'
import { buildCatalog } from '../../../../../src/shared/domain/catalog/buildCatalog'
import { relatedPairs } from '../../../../../src/shared/domain/catalog/linkRelated'

let dir: string
const NAMES = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md']

function folder(): ResolvedSource[] {
  return [
    {
      path: dir,
      name: 'docs',
      builtIn: false,
      kind: 'folder',
      files: NAMES.map((name) => ({ path: join(dir, name), name }))
    }
  ]
}

/** A parser whose documents finish only when the test says so (last first, here). */
function heldParser(): DocumentParser & {
  calls: string[]
  inFlight: number
  maxInFlight: number
  release(file: string): void
} {
  const held = new Map<string, () => void>()
  const parser = {
    calls: [] as string[],
    inFlight: 0,
    maxInFlight: 0,
    async parse(bytes: Uint8Array, file: string): Promise<ParsedSource> {
      parser.calls.push(file)
      parser.inFlight++
      parser.maxInFlight = Math.max(parser.maxInFlight, parser.inFlight)
      await new Promise<void>((resolve) => held.set(file, resolve))
      parser.inFlight--
      return inlineParser.parse(bytes, file)
    },
    close: () => Promise.resolve(),
    release(file: string) {
      held.get(file)?.()
    }
  }
  return parser
}

const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5))
  expect(check()).toBe(true)
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallel-ingest-'))
  for (const [i, name] of NAMES.entries())
    await writeFile(join(dir, name), `# Doc ${i}\n\n1. What is thing ${i}?\n   Answer ${i}.\n`)
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('ingestSources with a parser that takes several documents at once', () => {
  it('has several documents in the parser together, asked in document order', async () => {
    const parser = heldParser()
    const ingest = ingestSources(folder(), undefined, parser)
    await until(() => parser.inFlight >= 2)
    expect(parser.calls.slice(0, parser.inFlight)).toEqual(NAMES.slice(0, parser.inFlight))
    // Finish them last first: the catalog must not follow the order of completion.
    for (let round = 0; round < 20 && parser.calls.length <= NAMES.length; round++) {
      for (const file of [...parser.calls].reverse()) parser.release(file)
      await new Promise((r) => setTimeout(r, 5))
      if (parser.calls.length === NAMES.length && parser.inFlight === 0) break
    }
    const result = await ingest
    expect(parser.maxInFlight).toBeGreaterThanOrEqual(2)
    expect(parser.calls).toEqual(NAMES)
    const serial = await ingestSources(folder(), undefined, inlineParser)
    expect(result.catalog).toEqual(serial.catalog)
    expect(result.items).toEqual(serial.items)
    expect(result.fingerprint).toBe(serial.fingerprint)
    expect(result.reports).toEqual(serial.reports)
  })

  it('with linkLater, returns the merged catalog first and links it off this thread', async () => {
    for (const [i, name] of NAMES.entries())
      await writeFile(join(dir, name), `1. What is a decorator ${i}?\n   A wrapper.\n`)
    let release!: () => void
    const asked: string[][] = []
    const parser: DocumentParser = {
      ...inlineParser,
      relate: async (keys) => {
        asked.push(keys)
        await new Promise<void>((resolve) => (release = resolve))
        return relatedPairs(keys)
      }
    }
    const early = await ingestSources(folder(), undefined, parser, { linkLater: true })
    expect(asked).toEqual([early.catalog.entries.map((e) => e.key)])
    expect(early.catalog.entries.every((e) => e.related.length === 0)).toBe(true)
    release()
    await early.linked
    const linked = buildCatalog(early.items)
    expect(early.catalog).toEqual(linked)
    expect(linked.entries.some((e) => e.related.length > 0)).toBe(true)
  })

  it('without linkLater, returns a linked catalog (links made inline when relate fails)', async () => {
    const parser: DocumentParser = {
      ...inlineParser,
      relate: () => Promise.reject(new Error('worker gone'))
    }
    const result = await ingestSources(folder(), undefined, parser)
    expect(result.catalog).toEqual(buildCatalog(result.items))
  })

  it('reports an unreadable document in its place and still reads the rest', async () => {
    await rm(join(dir, 'c.md'))
    const result = await ingestSources(folder(), undefined, inlineParser)
    expect(result.items.map((i) => i.source.file)).toEqual(['a.md', 'b.md', 'd.md', 'e.md'])
    expect(result.reports[0]!.status).toBe('error')
    expect(result.reports[0]!.error).toContain('c.md')
  })
})

describe('parserPool', () => {
  it('hands a document to the member with the fewest in hand', async () => {
    const first = heldParser()
    const second = heldParser()
    const pool = parserPool([first, second])
    const bytes = new TextEncoder().encode('1. What is a closure?\n')
    const a = pool.parse(bytes, 'a.md')
    const b = pool.parse(bytes, 'b.md')
    const c = pool.parse(bytes, 'c.md')
    await until(() => first.calls.length + second.calls.length === 3)
    expect(first.calls).toEqual(['a.md', 'c.md'])
    expect(second.calls).toEqual(['b.md'])
    second.release('b.md')
    expect((await b).items[0]!.prompt).toBe('What is a closure?')
    // b's member is free again: the next document goes there.
    const d = pool.parse(bytes, 'd.md')
    await until(() => second.calls.length === 2)
    expect(second.calls).toEqual(['b.md', 'd.md'])
    for (const file of ['a.md', 'c.md']) first.release(file)
    second.release('d.md')
    await Promise.all([a, c, d])
    await pool.close()
  })

  it('starts one parse worker per core, at most two', () => {
    expect([1, 2, 8].map((cores) => defaultPoolSize(cores))).toEqual([1, 2, 2])
  })
})
