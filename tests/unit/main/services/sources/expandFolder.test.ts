import { mkdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { expandFolder, isDocumentPath } from '../../../../../src/main/services/sources/expandFolder'
import { tempDirFactory } from './tempDir'

const tempDir = tempDirFactory()

describe('expandFolder', () => {
  it('finds every importable document recursively, sorted, skipping hidden and node_modules', async () => {
    const root = tempDir()
    const files = [
      'b.md',
      'a.txt',
      'UPPER.MD',
      'deep/nested/c.markdown',
      'deep/z.txt',
      '.hidden.md',
      '.git/HEAD.txt',
      '.obsidian/notes.md',
      'node_modules/pkg/README.md',
      'image.png',
      'notes.docx',
      'deck.APKG',
      'deep/script.py',
      'deep/archive.zip'
    ]
    for (const file of files) {
      mkdirSync(join(root, file, '..'), { recursive: true })
      writeFileSync(join(root, file), 'Q. What?\n')
    }
    const found = (await expandFolder(root)).map((p) => relative(root, p).split('\\').join('/'))
    expect(found).toEqual([
      'UPPER.MD',
      'a.txt',
      'b.md',
      'deck.APKG',
      'deep/nested/c.markdown',
      'deep/z.txt',
      'notes.docx'
    ])
  })

  it('rejects a missing folder', async () => {
    await expect(expandFolder(join(tempDir(), 'missing'))).rejects.toThrow()
  })

  it('recognises document extensions case-insensitively', () => {
    expect(isDocumentPath('/x/Notes.Markdown')).toBe(true)
    expect(isDocumentPath('/x/notes.txt.bak')).toBe(false)
    expect(isDocumentPath('/x/md')).toBe(false)
  })
})
