/** Markdown and plain-text question documents (and GIFT quizzes, `.gift`): the parser's home ground. Listed last. */

import { decodeDocument } from '../parse/decodeDocument'
import { readDocumentText } from './textDocument'
import type { Importer } from './types'

export const markdownImporter: Importer = {
  name: 'Markdown',
  extensions: ['.md', '.markdown', '.txt', '.text', '.gift', '.org', '.rst'],
  detect: () => true,
  read: async (bytes, file) => readDocumentText(decodeDocument(bytes, file), file)
}
