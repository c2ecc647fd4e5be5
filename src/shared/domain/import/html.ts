/**
 * Saved web pages: the main content to Markdown (`htmlToMarkdown`), then the Markdown path.
 * Nothing in the page runs or is fetched: it is only ever a syntax tree here.
 */

import { decodeDocument } from '../parse/decodeDocument'
import { htmlToMarkdown } from './htmlToMarkdown'
import { readDocumentText } from './textDocument'
import type { Importer } from './types'

export const htmlImporter: Importer = {
  name: 'Web page',
  extensions: ['.html', '.htm', '.xhtml'],
  detect: () => true,
  read: async (bytes, file) => {
    const markdown = htmlToMarkdown(decodeDocument(bytes, file))
    const warnings = markdown === '' ? ['The page has no readable main content.'] : []
    return readDocumentText(markdown, file, warnings)
  }
}
