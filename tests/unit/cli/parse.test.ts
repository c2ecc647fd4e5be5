import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { notebookCli } from '../../support/notebookCli'
import type { ParsedItem } from '../../../src/shared/domain/types'

const root = join(__dirname, '..', '..', '..')
const seedsDir = join(root, 'resources', 'seeds')
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join('resources', 'seeds', f))
const scratch = mkdtempSync(join(tmpdir(), 'notebook-cli-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function notebook(...args: string[]) {
  const cli = notebookCli(...args)
  const result = spawnSync(cli.command, cli.args, {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function expectUsageError(result: ReturnType<typeof notebook>, message: RegExp) {
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  // npx itself may warn about the machine's npm config; only the command's own output counts.
  const lines = result.stderr
    .trimEnd()
    .split('\n')
    .filter((line) => !line.startsWith('npm warn'))
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^notebook: /)
  expect(lines[0]).toMatch(message)
  expect(result.stderr).not.toMatch(/^\s+at /m)
}

describe('notebook parse', () => {
  const json = notebook('parse', ...seeds, '--json')
  const items = JSON.parse(json.stdout) as ParsedItem[]

  it('--json prints every occurrence as a parsed item, in document order', () => {
    expect(json.code).toBe(0)
    expect(items.length).toBeGreaterThan(300)
    const files = seeds.map((s) => s.split('/').pop())
    expect([...new Set(items.map((i) => i.source.file))]).toEqual(files)
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(
        ['answer', 'checked', 'kind', 'links', 'prompt', 'section', 'source'].sort()
      )
    }
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1]!.source, items[i]!.source]
      if (a.file === b.file) expect(b.line).toBeGreaterThan(a.line)
    }
  })

  it('prints entries readably with a summary whose counts match the items', () => {
    const text = notebook('parse', ...seeds)
    expect(text.code).toBe(0)
    const summary = text.stdout.trimEnd().split('\n').pop()!
    const match = /^(\d+) items, (\d+) entries/.exec(summary)
    expect(match).not.toBeNull()
    expect(Number(match![1])).toBe(items.length)
    const entries = Number(match![2])
    expect(entries).toBeLessThan(items.length)
    expect(text.stdout).toMatch(
      /What is GIL\?\n {4}.*asked in \d+ sources? · \d+ reference answers? · 000_[0-9a-f]+\.txt:\d+/
    )
    const detailLines = text.stdout.split('\n').filter((l) => / · asked in \d+/.test(l))
    expect(detailLines).toHaveLength(entries)
  })

  it('exits 2 with one line and no stack for a missing or bad file', () => {
    expectUsageError(notebook('parse', join(scratch, 'missing.md')), /missing\.md.*not found/)
    const empty = join(scratch, 'empty.txt')
    writeFileSync(empty, '')
    expectUsageError(notebook('parse', seeds[0]!, empty), /empty/)
  })

  it('exits 2 on bad usage', () => {
    expectUsageError(notebook('parse'), /no files given/)
    expectUsageError(notebook('parse', seeds[0]!, '--yaml'), /unknown option '--yaml'/)
  })

  it('--json reads every import format the app reads (an Anki package, a Word file, a CSV)', () => {
    const fixture = (path: string) => join('tests', 'fixtures', 'imports', path)
    const result = notebook(
      'parse',
      fixture('apkg/modern-anki21b/input.apkg'),
      fixture('docx/course-handout/input.docx'),
      fixture('csv/header-quoted/input.csv'),
      '--json'
    )
    expect(result.code).toBe(0)
    const parsed = JSON.parse(result.stdout) as ParsedItem[]
    expect(parsed.map((i) => i.prompt)).toEqual(
      expect.arrayContaining([
        'What does `select_related` do?',
        'What is dependency injection in FastAPI?',
        'How do you run a FastAPI app?'
      ])
    )
    expect(parsed).toHaveLength(5 + 4 + 4)
  })

  it('exits 2 with a sentence for a PDF without text', () => {
    expectUsageError(
      notebook('parse', join('tests', 'fixtures', 'imports', 'pdf', 'scanned', 'input.pdf')),
      /no text layer/
    )
  })

  it('--report prints counts, warnings and the unused lines of each document', () => {
    const notes = join(scratch, 'notes.md')
    writeFileSync(
      notes,
      '## Python\n\nSome lines from a friend, kept for later.\n\n1. What is the GIL?\n   A mutex.\n'
    )
    const result = notebook('parse', notes, '--report')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      [
        'notes.md: 1 item (1 question, 0 topics), 1 answered',
        '  ! 1 line not used: they went into no question or topic (see the list below).',
        '  lines not used:',
        '    3  Some lines from a friend, kept for later.',
        ''
      ].join('\n')
    )
    const reports = JSON.parse(notebook('parse', notes, '--report', '--json').stdout) as Array<{
      file: string
      unusedLines: Array<{ line: number; text: string }>
    }>
    expect(reports).toHaveLength(1)
    expect(reports[0]).toMatchObject({
      file: 'notes.md',
      items: 1,
      unusedLines: [{ line: 3, text: 'Some lines from a friend, kept for later.' }]
    })
  })
})
