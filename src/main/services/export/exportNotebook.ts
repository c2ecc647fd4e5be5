/**
 * The main-process export in every format: renders the selected entries with the pure exporter
 * for the request's format (Markdown, CSV or an Anki package) and writes the result atomically
 * with the same writer and progress. Called by the `export:run` handler and the command line.
 */
import { basename } from 'node:path'
import type { ExportRequest, ExportResult } from '../../../shared/ipc/types'
import type { ExportData } from '../../../shared/domain/export/types'
import { buildCsvExport, type CsvVariant } from '../../../shared/domain/export/csv'
import { buildAnkiPackage } from '../../../shared/domain/export/anki/buildAnkiPackage'
import type { AnkiPorts } from '../../../shared/domain/export/anki/types'
import { DEFAULT_TITLE } from '../../../shared/domain/export/renderSingleFile'
import { exportMarkdown } from './exportMarkdown'
import { ExportWriteError } from './exportWriteError'
import { nodeAnkiPorts } from './ankiPorts'
import { writeExportFiles, type WriteOptions } from './writeExportFiles'

export interface ExportNotebookOptions extends WriteOptions {
  /** Export time (epoch ms) printed in the files; defaults to now. */
  now?: number
  /** Name of what is exported (the Anki deck's name); "Study Notebook" when not given. */
  title?: string
  /** CSV only: a spreadsheet file (default) or one for Anki's "Import File". */
  csvVariant?: CsvVariant
  ankiPorts?: AnkiPorts
}

export type ExportNotebookRequest = Pick<
  ExportRequest,
  'out' | 'format' | 'layout' | 'includeReference'
>

/**
 * Exports `data` (already narrowed to the request's scope by the caller) to `request.out`.
 * CSV and Anki exports are always one file. Throws ExportWriteError with a user-facing message
 * on failure, leaving no partial file.
 */
export async function exportNotebook(
  request: ExportNotebookRequest,
  data: ExportData,
  options: ExportNotebookOptions = {}
): Promise<ExportResult> {
  const now = options.now ?? Date.now()
  if (request.format === 'md') {
    // The Markdown title stays the notebook's, as before formats existed.
    const { onProgress, io } = options
    return exportMarkdown(request, data, {
      now,
      ...(onProgress ? { onProgress } : {}),
      ...(io ? { io } : {})
    })
  }
  let content: string | Uint8Array
  if (request.format === 'csv') {
    content = buildCsvExport(data, {
      includeReference: request.includeReference,
      variant: options.csvVariant ?? 'spreadsheet'
    })
  } else {
    content = await ankiPackage(request, data, now, options)
  }
  const file = { relativePath: basename(request.out), content }
  // An Anki package's time goes into rendering the notes, which reports its own progress; the
  // small zip is then written in one go.
  const writeOptions = request.format === 'apkg' ? { ...options, onProgress: undefined } : options
  const written = await writeExportFiles({ kind: 'file', path: request.out }, [file], writeOptions)
  return { written, questionCount: data.entries.length }
}

// Progress in notes rendered (the reporter only looks at the ratio), and a turn for the event
// loop each time, so the window stays responsive during a long build.
function notesProgress(onProgress: WriteOptions['onProgress']) {
  return async (done: number, total: number): Promise<void> => {
    onProgress?.({ filesWritten: 0, totalFiles: 1, bytesWritten: done, totalBytes: total })
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
}

async function ankiPackage(
  request: ExportNotebookRequest,
  data: ExportData,
  now: number,
  options: ExportNotebookOptions
): Promise<Uint8Array> {
  try {
    return await buildAnkiPackage(
      data,
      {
        includeReference: request.includeReference,
        exportedAt: now,
        deckName: options.title ?? DEFAULT_TITLE,
        onProgress: notesProgress(options.onProgress)
      },
      options.ankiPorts ?? nodeAnkiPorts
    )
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ExportWriteError(
      'unknown',
      `The Anki package could not be built (${reason}). Nothing was written; try again, or export as CSV.`,
      { cause: error }
    )
  }
}
