/**
 * The prompt of a list entry. An entry that is only a link is navigation: a table of contents
 * (`- [What is GIL?](#what-is-gil)`) or a reading list (`- [Real Python](https://…)`) is not
 * a list of items. A linked question (`- [How does the GIL work?](https://…)`) is still a
 * question, with the link kept as its link.
 */

import { looksLikeQuestion } from './classifyText'
import { cleanPrompt } from './cleanText'

const LINK_ONLY = /^\[([^\]]+)\]\(([^()\s]*)(?:[ \t]+"[^"]*")?\)[ \t]*[.,;]?$/

/** The cleaned prompt of a list entry's text; '' when the entry is not an item. */
export function listPrompt(rest: string): string {
  const link = rest.startsWith('[') ? LINK_ONLY.exec(rest) : null
  if (!link) return cleanPrompt(rest)
  const text = cleanPrompt(link[1] ?? '')
  const target = link[2] ?? ''
  if (target.startsWith('#') || !looksLikeQuestion(text)) return ''
  return text
}
