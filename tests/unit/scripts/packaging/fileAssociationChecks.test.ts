import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { IMPORT_EXTENSIONS } from '../../../../src/shared/domain/import/importers'
import { checkFileAssociations } from '../../../../scripts/packaging/fileAssociationChecks'

const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>
const nsis = readFileSync('resources/installer.nsh', 'utf8')

describe('checkFileAssociations', () => {
  it('passes for electron-builder.yml and the installer script: every importable type, none as default', () => {
    expect(checkFileAssociations(config, IMPORT_EXTENSIONS, nsis)).toEqual([])
  })

  it('fails when an importable extension is missing, or an association would be the default', () => {
    const mac = structuredClone(config['mac']) as {
      fileAssociations: Array<Record<string, unknown>>
    }
    mac.fileAssociations = mac.fileAssociations.filter((a) => a['ext'] !== 'pdf')
    mac.fileAssociations[0] = { ...mac.fileAssociations[0], rank: 'Default' }
    const problems = checkFileAssociations({ ...config, mac }, IMPORT_EXTENSIONS, nsis)
    expect(problems).toContain('mac.fileAssociations lacks importable types: pdf.')
    expect(problems.some((p) => /md\/markdown must be role Viewer, rank Alternate/.test(p))).toBe(
      true
    )
  })

  it('refuses Windows registration through electron-builder, and an incomplete installer script', () => {
    const problems = checkFileAssociations(
      { ...config, win: { fileAssociations: [{ ext: 'md' }] } },
      IMPORT_EXTENSIONS,
      nsis.replace('!insertmacro ${MACRO} ".docx"\n', '')
    )
    expect(problems.some((p) => p.startsWith('win.fileAssociations'))).toBe(true)
    expect(problems).toContain('The Windows installer script lacks "Open with" entries for: docx.')
    expect(
      checkFileAssociations(
        config,
        IMPORT_EXTENSIONS,
        nsis + '\nWriteRegStr HKCU "Software\\Classes\\.md" "" "StudyNotebook.Document"\n'
      )
    ).toContain("The Windows installer script writes an extension's default handler.")
  })

  it('wants a MIME type for every Linux association', () => {
    const linux = structuredClone(config['linux']) as {
      fileAssociations: Array<Record<string, unknown>>
    }
    delete linux.fileAssociations[1]!['mimeType']
    expect(checkFileAssociations({ ...config, linux }, IMPORT_EXTENSIONS, nsis)).toContain(
      'linux.fileAssociations txt/text needs a MIME type.'
    )
  })
})
