/** Re-reading sources parses only the documents whose bytes changed. */
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  inlineParser,
  type DocumentParser
} from '../../../../../src/main/services/sources/documentParser'
import {
  ingestSources,
  type ResolvedSource
} from '../../../../../src/main/services/sources/ingestSources'

let dir: string
let parsed: string[]
const counting: DocumentParser = {
  parse: (bytes, file) => {
    parsed.push(file)
    return inlineParser.parse(bytes, file)
  },
  close: () => Promise.resolve()
}

function folder(): ResolvedSource[] {
  return [
    {
      path: dir,
      name: 'docs',
      builtIn: false,
      kind: 'folder',
      files: ['a.md', 'b.md', 'c.md'].map((name) => ({ path: join(dir, name), name }))
    }
  ]
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parsed-files-'))
  parsed = []
  await writeFile(join(dir, 'a.md'), '- What is a closure?\n')
  await writeFile(join(dir, 'b.md'), '- What is the GIL?\n')
  await writeFile(join(dir, 'c.md'), '- What is a descriptor?\n')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('ingestSources with earlier parse results', () => {
  it('parses only the changed document and reuses the catalog when nothing changed', async () => {
    const first = await ingestSources(folder(), undefined, counting)
    expect(parsed).toEqual(['a.md', 'b.md', 'c.md'])
    expect(first.parsedCount).toBe(3)

    parsed = []
    const reuse = { fingerprint: first.fingerprint, catalog: first.catalog }
    const same = await ingestSources(folder(), undefined, counting, { files: first.files, reuse })
    expect(parsed).toEqual([])
    expect(same.fingerprint).toBe(first.fingerprint)
    expect(same.catalog).toBe(first.catalog)

    await writeFile(join(dir, 'b.md'), '- What is the GIL?\n- What is a coroutine?\n')
    const changed = await ingestSources(folder(), undefined, counting, { files: same.files, reuse })
    expect(parsed).toEqual(['b.md'])
    expect(changed.fingerprint).not.toBe(first.fingerprint)
    // Rebuilt from every document's results: what a cold ingest gives.
    const cold = await ingestSources(folder())
    expect(changed.catalog).toEqual(cold.catalog)
    expect(changed.reports).toEqual(cold.reports)
  })

  it('hashes a document whose stamp moved, and parses it only if its bytes differ', async () => {
    const first = await ingestSources(folder(), undefined, counting)
    parsed = []
    const later = new Date(Date.now() + 60_000)
    await utimes(join(dir, 'a.md'), later, later)
    const touched = await ingestSources(folder(), undefined, counting, { files: first.files })
    expect(parsed).toEqual([])
    expect(touched.fingerprint).toBe(first.fingerprint)
  })
})
