import { chmodSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DocumentError, MAX_DOCUMENT_BYTES } from '../../../../../src/shared/domain/errors'
import {
  readDocument,
  toDocumentError
} from '../../../../../src/main/services/sources/readDocument'
import { tempDirFactory } from './tempDir'

const tempDir = tempDirFactory()

async function failure(promise: Promise<unknown>): Promise<DocumentError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(DocumentError)
  return error as DocumentError
}

describe('readDocument', () => {
  it('reads and decodes a text document', async () => {
    const file = join(tempDir(), 'notes.md')
    writeFileSync(file, '\uFEFF1. What is GIL?\r\n')
    const text = await readDocument(file)
    expect(text).toContain('What is GIL?')
    expect(text.startsWith('\uFEFF')).toBe(false)
  })

  it('reports a missing file as not-found, naming the file', async () => {
    const error = await failure(readDocument(join(tempDir(), 'gone.txt')))
    expect(error.code).toBe('not-found')
    expect(error.message).toContain('gone.txt')
    expect(error.file).toBe('gone.txt')
  })

  it('uses the given display name in errors', async () => {
    const error = await failure(readDocument(join(tempDir(), 'gone.txt'), 'notes/gone.txt'))
    expect(error.file).toBe('notes/gone.txt')
  })

  it('rejects a folder as not a regular file', async () => {
    const dir = join(tempDir(), 'folder.md')
    mkdirSync(dir)
    expect((await failure(readDocument(dir))).code).toBe('unsupported-type')
  })

  it('rejects a file over 20 MB from its size alone', async () => {
    const file = join(tempDir(), 'huge.txt')
    writeFileSync(file, '')
    // A sparse file: its size is over the limit without 20 MB ever being written or read.
    truncateSync(file, MAX_DOCUMENT_BYTES + 1)
    const error = await failure(readDocument(file))
    expect(error.code).toBe('too-large')
    expect(error.message).toMatch(/20 MB/)
  })

  it('passes empty and binary files to the decoder, which rejects them', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'empty.txt'), '')
    writeFileSync(
      join(dir, 'image.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2])
    )
    expect((await failure(readDocument(join(dir, 'empty.txt')))).code).toBe('empty')
    expect((await failure(readDocument(join(dir, 'image.txt')))).code).toBe('binary')
  })

  // Root reads anything, so permissions cannot be tested as root.
  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')(
    'reports a file without read permission as unreadable',
    async () => {
      const file = join(tempDir(), 'secret.txt')
      writeFileSync(file, 'Q. What is GIL?\n')
      chmodSync(file, 0o000)
      const error = await failure(readDocument(file))
      expect(error.code).toBe('unreadable')
      chmodSync(file, 0o600)
    }
  )
})

describe('toDocumentError', () => {
  it('maps file-system error codes to typed document errors', () => {
    const errno = (code: string) => Object.assign(new Error(code), { code })
    expect(toDocumentError(errno('EACCES'), '/x/a.md').code).toBe('unreadable')
    expect(toDocumentError(errno('EPERM'), '/x/a.md').code).toBe('unreadable')
    expect(toDocumentError(errno('ENOENT'), '/x/a.md').code).toBe('not-found')
    expect(toDocumentError(errno('EISDIR'), '/x/a.md').code).toBe('unsupported-type')
    expect(toDocumentError(errno('EIO'), '/x/a.md').message).toMatch(/^a\.md: could not be read/)
  })
})
