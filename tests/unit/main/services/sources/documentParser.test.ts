import { pathToFileURL } from 'node:url'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { afterAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { relatedPairs } from '../../../../../src/shared/domain/catalog/linkRelated'
import { DocumentError } from '../../../../../src/shared/domain/errors'
import {
  inlineParser,
  startParseWorker
} from '../../../../../src/main/services/sources/documentParser'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)
const fixture = (path: string): Uint8Array =>
  new Uint8Array(readFileSync(join(__dirname, '../../../../fixtures/imports', path)))

const TEXT = [
  '# Django notes',
  '',
  'A line of prose that is not a question.',
  '',
  '1. What is a migration?',
  '   A versioned change to the schema.',
  '2. What is a signal?'
].join('\n')

describe('document parser: in a worker thread or inline, the same result', () => {
  const worker = startParseWorker()
  afterAll(() => worker.close())

  it('parses in the worker exactly as in this thread', async () => {
    const [threaded, inline] = await Promise.all([
      worker.parse(bytes(TEXT), 'django.md'),
      inlineParser.parse(bytes(TEXT), 'django.md')
    ])
    expect(threaded).toEqual(inline)
    expect(threaded.title).toBe('Django notes')
    expect(threaded.items.map((i) => i.prompt)).toEqual([
      'What is a migration?',
      'What is a signal?'
    ])
    expect(threaded.report.unusedLines).toEqual([
      { line: 3, text: 'A line of prose that is not a question.' }
    ])
  })

  it('answers many documents in flight, each with its own result', async () => {
    const files = Array.from({ length: 20 }, (_, i) => `${i}.md`)
    const results = await Promise.all(
      files.map((f, i) => worker.parse(bytes(`${i + 1}. What is thing ${i}?\n`), f))
    )
    expect(results.map((r) => r.items[0]?.prompt)).toEqual(
      files.map((_, i) => `What is thing ${i}?`)
    )
  })

  it('falls back to this thread when the worker cannot start, losing no document', async () => {
    const broken = startParseWorker(pathToFileURL(join(tmpdir(), 'no-such-parse-worker.js')))
    const result = await broken.parse(bytes(TEXT), 'django.md')
    expect(result.items).toHaveLength(2)
    await broken.close()
    expect((await broken.parse(bytes(TEXT), 'django.md')).items).toHaveLength(2)
  })

  it('imports binary formats in the worker too (an Anki package and a Word file)', async () => {
    const [deck, handout] = await Promise.all([
      worker.parse(fixture('apkg/modern-anki21b/input.apkg'), 'deck.apkg'),
      worker.parse(fixture('docx/course-handout/input.docx'), 'handout.docx')
    ])
    expect(deck.items).toHaveLength(5)
    expect(deck.title).toBe('Deck')
    expect(handout.items[0]?.prompt).toBe('What is dependency injection in FastAPI?')
  })

  it('links merge keys in the worker exactly as in this thread (a cold start links there)', async () => {
    const keys = ['decorator', 'decorator with arguments', 'gil', 'why gil thread', 'orm query']
    const pairs = await worker.relate!(keys)
    expect([...pairs]).toEqual([...relatedPairs(keys)])
    expect(pairs.length).toBeGreaterThan(0)
  })

  it("passes a file's own problem back as the same user-facing error", async () => {
    const error = await worker
      .parse(fixture('pdf/scanned/input.pdf'), 'scan.pdf')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DocumentError)
    expect((error as DocumentError).message).toMatch(/scan\.pdf: this PDF has no text layer/)
  })
})
