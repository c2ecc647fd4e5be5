/**
 * Word documents: mammoth (a port, in the main process) turns the .docx into semantic HTML —
 * headings, bold, lists and tables keep their meaning — then the web-page path.
 */

import { htmlToMarkdown } from './htmlToMarkdown'
import { unreadableAs } from './importFailure'
import { readDocumentText } from './textDocument'
import { isZip } from './zipEntries'
import type { Importer } from './types'

export const docxImporter: Importer = {
  name: 'Word document',
  extensions: ['.docx'],
  detect: (bytes) => isZip(bytes),
  read: async (bytes, file, ports) => {
    const { html, warnings } = await ports.docxToHtml(bytes).catch((error: unknown) => {
      throw unreadableAs(file, 'Word document', error)
    })
    return readDocumentText(htmlToMarkdown(html), file, warnings.slice(0, 5))
  }
}
