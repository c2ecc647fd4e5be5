/** `notebook search` end to end: spawns the CLI over the seeds, a user source and a note. */
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { notebookCli } from '../../../../support/notebookCli'

const run = promisify(execFile)
const ROOT = join(__dirname, '../../../../..')
let data: string

interface Row {
  id: string
  prompt: string
  section: string | null
  score: number
  sources: Array<{ file: string; line: number }>
}

async function search(...args: string[]) {
  try {
    const cli = notebookCli('search', ...args)
    const { stdout } = await run(cli.command, cli.args, {
      cwd: ROOT,
      env: { ...process.env, STUDY_NOTEBOOK_DATA: data }
    })
    return { code: 0, stdout, stderr: '' }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

beforeAll(() => {
  data = mkdtempSync(join(tmpdir(), 'search-cli-'))
  const source = join(data, 'my-bank.md')
  writeFileSync(source, '# Internals\n\n1. How does the zygomorphic allocator arena work?\n')
  writeFileSync(
    join(data, 'config.json'),
    JSON.stringify({ sources: [{ path: source, kind: 'file' }, { path: 42 }] })
  )
})
afterAll(() => rmSync(data, { recursive: true, force: true }))

// Each case spawns `npx tsx` a few times: slow on a busy machine, so a generous timeout.
describe('notebook search', { timeout: 90_000 }, () => {
  it('prints ranked JSON with sources over the seeds and the user sources', async () => {
    const seeds = await search('decorater', '--json', '--limit', '3')
    expect(seeds.code).toBe(0)
    const rows = JSON.parse(seeds.stdout) as Row[]
    expect(rows).toHaveLength(3)
    expect(rows.every((row) => /decorator/i.test(row.prompt))).toBe(true)
    expect(rows[0]!.score).toBeGreaterThanOrEqual(rows[2]!.score)
    expect(rows[0]!.sources[0]).toEqual({
      file: expect.stringMatching(/\.txt$/),
      line: expect.any(Number)
    })
    const own = JSON.parse((await search('zygomorphc', '--json')).stdout) as Row[]
    expect(own[0]).toMatchObject({
      prompt: 'How does the zygomorphic allocator arena work?',
      sources: [{ file: 'my-bank.md', line: 3 }]
    })
  })

  it('searches the notes in the notebook folder', async () => {
    const [row] = JSON.parse((await search('zygomorphic', '--json')).stdout) as Row[]
    mkdirSync(join(data, 'notebook'), { recursive: true })
    writeFileSync(
      join(data, 'notebook', `${row!.id}.md`),
      `---\nid: ${row!.id}\ntags: [quokka]\n---\n\nBump pointer plus a free list.\n`
    )
    const byNote = JSON.parse((await search('mine:bump', '--json')).stdout) as Row[]
    expect(byNote.map((r) => r.id)).toEqual([row!.id])
    const byTag = JSON.parse((await search('tag:quokka', '--json')).stdout) as Row[]
    expect(byTag.map((r) => r.id)).toEqual([row!.id])
  })

  it('prints [] and exits 0 when nothing matches; bad usage exits 2', async () => {
    const none = await search('qwxzv', '--json')
    expect([none.code, JSON.parse(none.stdout)]).toEqual([0, []])
    const bad = await search('gil', '--limit', 'lots')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--limit/)
    expect((await search()).code).toBe(2)
  })
})
