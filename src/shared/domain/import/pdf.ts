/**
 * PDF documents: their text with its line layout (read by pdf.js through a port), running
 * headers and footers dropped, then the plain-text path. A scanned PDF has no text layer and
 * gets a message saying so.
 */

import { DocumentError } from '../errors'
import { unreadableAs } from './importFailure'
import { pdfPagesToText } from './pdfText'
import { readDocumentText } from './textDocument'
import type { Importer } from './types'

export const pdfImporter: Importer = {
  name: 'PDF',
  extensions: ['.pdf'],
  detect: (bytes) => bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-',
  read: async (bytes, file, ports) => {
    const pages = await ports.pdfToPages(bytes).catch((error: unknown) => {
      throw unreadableAs(file, 'PDF', error)
    })
    const text = pdfPagesToText(pages)
    if (text.replace(/\s/g, '') === '') {
      throw new DocumentError(
        'unreadable',
        file,
        `${file}: this PDF has no text layer (a scan?); run it through OCR first or import the original document`
      )
    }
    return readDocumentText(text, file)
  }
}
