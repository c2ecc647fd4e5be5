/**
 * What adding a file or folder would bring, before anything is added: the parse report of each
 * document summed up (counts, the first items, warnings, lines not used). Reads only.
 */
import { stat } from 'node:fs/promises'
import { basename, relative, resolve } from 'node:path'
import type { SourcePreview } from '../../../shared/ipc/types'
import { expandFolder, isDocumentPath } from './expandFolder'
import { importFile, toDocumentError } from './readDocument'

const SAMPLE = 8
const UNUSED_SHOWN = 20

function emptyPreview(path: string, kind: 'file' | 'folder'): SourcePreview {
  return {
    path,
    name: basename(path),
    kind,
    files: 0,
    items: 0,
    questions: 0,
    topics: 0,
    answered: 0,
    sample: [],
    warnings: [],
    unusedLines: [],
    unusedCount: 0
  }
}

/** Previews one path (absolute, from the dialog or a drop). Never throws: problems go in `error`. */
export async function previewSource(path: string): Promise<SourcePreview> {
  const absolute = resolve(path)
  const stats = await stat(absolute).catch((error: unknown) => toDocumentError(error, absolute))
  if (stats instanceof Error) return { ...emptyPreview(absolute, 'file'), error: stats.message }
  const kind = stats.isDirectory() ? 'folder' : 'file'
  const preview = emptyPreview(absolute, kind)
  let files: string[]
  if (kind === 'folder') {
    files = await expandFolder(absolute).catch(() => [])
    if (files.length === 0)
      return { ...preview, error: `${preview.name} has no question documents this app can read.` }
  } else if (!stats.isFile() || !isDocumentPath(absolute)) {
    return {
      ...preview,
      error: `${preview.name} cannot be added: this kind of file cannot be read; add Markdown, text, CSV/TSV, Anki (.apkg), Jupyter, web page, Word (.docx) or PDF files, or a folder of them.`
    }
  } else files = [absolute]

  let failed = 0
  for (const file of files) {
    const name = kind === 'folder' ? relative(absolute, file) : basename(file)
    try {
      const { items, report } = await importFile(file, basename(file))
      preview.files++
      preview.items += report.items
      preview.questions += report.questions
      preview.topics += report.topics
      preview.answered += report.answered
      for (const item of items.slice(0, SAMPLE - preview.sample.length))
        preview.sample.push({
          prompt: item.prompt,
          kind: item.kind,
          section: item.section,
          answered: item.answer !== null && item.answer.trim() !== ''
        })
      const prefix = kind === 'folder' ? `${name}: ` : ''
      for (const warning of report.warnings) preview.warnings.push(`${prefix}${warning}`)
      preview.unusedCount += report.unusedLines.length
      for (const line of report.unusedLines.slice(0, UNUSED_SHOWN - preview.unusedLines.length))
        preview.unusedLines.push({ ...line, file: name })
    } catch (error) {
      failed++
      preview.warnings.push(error instanceof Error ? error.message : String(error))
    }
  }
  if (failed === files.length) return { ...preview, error: preview.warnings.join('; ') }
  if (preview.items === 0)
    preview.warnings.unshift('No questions or topics were found: adding it would add nothing.')
  return preview
}
