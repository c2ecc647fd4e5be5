/**
 * A table of contents that lists the questions as links before the questions themselves
 * (`| 1 | [What is X?](https://github.com/…#what-is-x) |`, `- [What is X?](https://…)`) must
 * not double the items: an unanswered entry that is only a link, whose link text is the prompt
 * of an item further down, is dropped. A ToC alone (nothing below it) keeps its entries.
 */

import type { ParsedItem } from '../types'

const WHOLE_LINK = /^\[([^\n]{1,300})\]\([^()\s]{0,500}\)$/

// Markup, escapes, case and spacing do not count when comparing a link text with a prompt.
function comparable(text: string): string {
  return text
    .replace(/[\\*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[.:?？!]+$/u, '')
}

function linkText(prompt: string): string | null {
  if (!prompt.startsWith('[') || !prompt.endsWith(')')) return null
  return WHOLE_LINK.exec(prompt)?.[1] ?? null
}

/** Items without the table-of-contents entries that repeat a later item's prompt. */
export function dropContentsEntries(items: ParsedItem[]): ParsedItem[] {
  const lastAt = new Map<string, number>()
  items.forEach((item, k) => {
    if (linkText(item.prompt) === null) lastAt.set(comparable(item.prompt), k)
  })
  if (lastAt.size === items.length) return items
  return items.filter((item, k) => {
    const text = item.answer === null ? linkText(item.prompt) : null
    return text === null || (lastAt.get(comparable(text)) ?? -1) <= k
  })
}
