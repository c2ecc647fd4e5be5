import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { filesFromArgv, openableFiles } from '../../../../../src/main/services/opened/filesFromArgv'

const cwd = resolve('/home/ana/notes')
const existing = new Set(
  [
    '/home/ana/notes/python.md',
    '/home/ana/deck.apkg',
    '/tmp/a b.txt',
    '/home/ana/notes/-odd.md'
  ].map((p) => resolve(p))
)
const isRegularFile = (p: string): boolean => existing.has(p)

describe('filesFromArgv', () => {
  it('skips the executable, Chromium switches, "." and the app folder', () => {
    const argv = [
      '/opt/Study Notebook/study-notebook',
      '--no-sandbox',
      '--original-process-start-time=13370000',
      '.',
      '/home/ana/dev/study-notebook',
      'python.md'
    ]
    expect(
      filesFromArgv(argv, { cwd, appPaths: ['/home/ana/dev/study-notebook'], isRegularFile })
    ).toEqual([resolve('/home/ana/notes/python.md')])
  })

  it('resolves relative paths against the launching folder and takes file:// URLs', () => {
    const argv = ['exe', '../deck.apkg', pathToFileURL('/tmp/a b.txt').href]
    expect(filesFromArgv(argv, { cwd, isRegularFile })).toEqual([
      resolve('/home/ana/deck.apkg'),
      resolve('/tmp/a b.txt')
    ])
  })

  it('keeps only existing regular files the importers read, each once', () => {
    const argv = [
      'exe',
      'python.md',
      './python.md',
      'missing.md',
      '/home/ana/deck.apkg.exe',
      'https://example.com/x.md',
      'study-notebook://open?x.md'
    ]
    expect(filesFromArgv(argv, { cwd, isRegularFile })).toEqual([
      resolve('/home/ana/notes/python.md')
    ])
  })

  it('reads everything after a bare -- as a path, even when it starts with a dash', () => {
    expect(filesFromArgv(['exe', '-odd.md', '--', '-odd.md'], { cwd, isRegularFile })).toEqual([
      resolve('/home/ana/notes/-odd.md')
    ])
  })

  it('ignores arguments with NUL bytes and empty ones', () => {
    expect(filesFromArgv(['exe', '', 'python.md\0.txt'], { cwd, isRegularFile })).toEqual([])
  })

  it('openableFiles filters macOS open-file paths the same way (absolute only)', () => {
    expect(
      openableFiles(
        ['/home/ana/deck.apkg', 'python.md', '/home/ana/notes/photo.png'],
        isRegularFile
      )
    ).toEqual([resolve('/home/ana/deck.apkg')])
  })
})
