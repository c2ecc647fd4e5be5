/**
 * A rule inside an indented answer (`\t Syntax: -` over `\t ------`, as plain-text notes
 * underline a sub-heading): it underlines the line above it, so the answer goes on. A rule at
 * the question's own indentation still ends the answer.
 */

import { isSeparator } from './lineShapes'
import type { Doc } from './scanLines'

/** Is line `j` a rule indented under the question and right under a text line of the answer? */
export function underlinesAnswerLine(doc: Doc, j: number, baseIndent: number): boolean {
  const line = doc.lines[j]
  const above = doc.lines[j - 1]
  if (!line || !above || line.code || above.code || above.blank) return false
  return line.indent > baseIndent && above.indent > baseIndent && isSeparator(line.text)
}
