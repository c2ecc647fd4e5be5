/**
 * Jupyter notebooks (`.ipynb`, nbformat 4): Markdown cells as Markdown, code cells fenced with
 * the notebook's language, in order, so a code cell under a question becomes part of its
 * answer on the Markdown path. Outputs are left out: they are results, not the answer.
 */

import { DocumentError } from '../errors'
import { decodeDocument } from '../parse/decodeDocument'
import { fenceFor } from './fenceFor'
import { readDocumentText } from './textDocument'
import type { Importer } from './types'

interface NotebookCell {
  cell_type?: unknown
  source?: unknown
}

export const jupyterImporter: Importer = {
  name: 'Jupyter notebook',
  extensions: ['.ipynb'],
  detect: () => true,
  read: async (bytes, file) => {
    const notebook = parseNotebook(decodeDocument(bytes, file), file)
    const language = notebookLanguage(notebook)
    const blocks: string[] = []
    for (const cell of notebook.cells) {
      const source = cellSource(cell).replace(/\s+$/, '')
      if (source.trim() === '') continue
      if (cell.cell_type === 'markdown') blocks.push(source)
      else if (cell.cell_type === 'code') {
        const fence = fenceFor(source)
        blocks.push(`${fence}${language}\n${source}\n${fence}`)
      }
    }
    return readDocumentText(blocks.join('\n\n'), file)
  }
}

function parseNotebook(
  text: string,
  file: string
): { cells: NotebookCell[]; metadata: Record<string, unknown> } {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new DocumentError(
      'unreadable',
      file,
      `${file}: not a Jupyter notebook (the file is not valid JSON)`
    )
  }
  const cells = (parsed as { cells?: unknown } | null)?.cells
  if (!Array.isArray(cells)) {
    throw new DocumentError(
      'unreadable',
      file,
      `${file}: not a Jupyter notebook (no cells; nbformat 4 is supported)`
    )
  }
  const metadata = (parsed as { metadata?: unknown }).metadata
  return {
    cells: cells as NotebookCell[],
    metadata: metadata && typeof metadata === 'object' ? (metadata as Record<string, unknown>) : {}
  }
}

function cellSource(cell: NotebookCell): string {
  if (typeof cell.source === 'string') return cell.source
  if (Array.isArray(cell.source)) return cell.source.filter((s) => typeof s === 'string').join('')
  return ''
}

function notebookLanguage(notebook: { metadata: Record<string, unknown> }): string {
  const info = notebook.metadata['language_info'] as { name?: unknown } | undefined
  const kernel = notebook.metadata['kernelspec'] as { language?: unknown } | undefined
  const name =
    typeof info?.name === 'string'
      ? info.name
      : typeof kernel?.language === 'string'
        ? kernel.language
        : 'python'
  return /^[\w+#.-]{1,20}$/.test(name) ? name.toLowerCase() : 'python'
}
