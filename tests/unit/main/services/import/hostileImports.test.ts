/** Hostile and broken files of each binary format: a clear error or a safe read, never a hang. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { DocumentError } from '../../../../../src/shared/domain/errors'
import { importDocument } from '../../../../../src/shared/domain/import/importers'
import { nodeImportPorts } from '../../../../../src/main/services/import/importPorts'

const APKG = join(__dirname, '../../../../fixtures/imports/apkg/legacy-basic-cloze/input.apkg')
const read = (bytes: Uint8Array, file: string) => importDocument(bytes, file, nodeImportPorts)

async function failure(promise: Promise<unknown>): Promise<DocumentError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(DocumentError)
  return error as DocumentError
}

describe('hostile Anki packages', () => {
  it('ignores zip-slip entry names and reads only the collection', async () => {
    const entries = unzipSync(new Uint8Array(readFileSync(APKG)))
    const hostile = zipSync({
      ...entries,
      '../../../../tmp/evil.sh': strToU8('rm -rf /'),
      '/etc/passwd': strToU8('root'),
      'media/../../x': strToU8('x')
    })
    const result = await read(hostile, 'evil.apkg')
    expect(result.items).toHaveLength(5)
  })

  it('refuses a collection that declares more than the limit before inflating it', async () => {
    const zip = zipSync({ 'collection.anki2': new Uint8Array(1024) }, { level: 0 })
    // Patch the declared uncompressed size (central directory, offset 24 of its record) to 4 GB.
    const view = new DataView(zip.buffer)
    const central = zip.findIndex((_b, i) => view.getUint32(i, true) === 0x02014b50)
    view.setUint32(central + 24, 0xfffffff0, true)
    const error = await failure(read(zip, 'bomb.apkg'))
    expect(error.code).toBe('too-large')
    expect(error.message).toMatch(/collection\.anki2 inside the archive is larger than 512 MB/)
  })

  it('says so when the package has no collection, or is not a zip', async () => {
    expect((await failure(read(zipSync({ media: strToU8('{}') }), 'empty.apkg'))).message).toMatch(
      /no Anki collection/
    )
    expect((await failure(read(strToU8('not a zip at all'), 'fake.apkg'))).message).toMatch(
      /does not match its \.apkg extension/
    )
    expect(
      (await failure(read(zipSync({ 'collection.anki2': strToU8('garbage') }), 'bad.apkg'))).message
    ).toMatch(/not a readable Anki/)
  })
})

describe('other broken files', () => {
  it('a PDF with no text layer gets a message about scans', async () => {
    const scanned = readFileSync(
      join(__dirname, '../../../../fixtures/imports/pdf/scanned/input.pdf')
    )
    expect((await failure(read(new Uint8Array(scanned), 'scan.pdf'))).message).toMatch(
      /no text layer/
    )
  })

  it('a truncated PDF, a fake Word file and a broken notebook each fail clearly', async () => {
    expect((await failure(read(strToU8('%PDF-1.7\n1 0 obj <<'), 'cut.pdf'))).message).toMatch(
      /cut\.pdf: not a readable PDF/
    )
    expect((await failure(read(zipSync({ 'a.txt': strToU8('x') }), 'x.docx'))).message).toMatch(
      /not a readable Word document/
    )
    expect((await failure(read(strToU8('{"cells": '), 'n.ipynb'))).message).toMatch(
      /not valid JSON/
    )
    expect((await failure(read(strToU8('{"nbformat": 3}'), 'old.ipynb'))).message).toMatch(
      /nbformat 4/
    )
  })
})
