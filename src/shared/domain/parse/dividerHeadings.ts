/**
 * Divider headings of plain-text notes: a rule of dashes or equals signs that names a topic,
 * `#----------TypeScript`, `# ------ git, GitHub`, `==== Docker ====`, `--- NestJS ---`.
 * Markdown reads these as paragraphs, but the writer means a section heading: the name opens
 * a section whose body runs to the next divider. Level 2, so a lone `# Title` above stays the
 * document's title.
 */

import type { Heading } from './scanLines'

// `#` then a run of at least three dashes/equals, then the name (closing run optional).
const HASH_DIVIDER = /^#[ \t]*(?:-{3,}|={3,})[ \t]*([^-=\s][^]*)$/
// A name between two runs of one character: `==== Name ====`, `--- Name ---`.
const FRAMED_DIVIDER = /^(-{3,}|={3,})[ \t]+([^-=\s][^]*?)[ \t]+(?:-{3,}|={3,})$/

/** The heading a divider line names, or null when the line is not a named divider. */
export function dividerHeading(text: string): Heading | null {
  const c = text.charCodeAt(0)
  // Length cap first: keeps the regexes below linear on a hostile long line.
  if (text.length > 160) return null
  if (c !== 35 && c !== 45 && c !== 61) return null
  const m = c === 35 ? HASH_DIVIDER.exec(text) : FRAMED_DIVIDER.exec(text)
  const name = m ? (c === 35 ? m[1] : m[2])!.replace(/[ \t]*[-=]{3,}$/, '').trim() : ''
  // A name is short and has a letter; `--- 3 ---` or a long sentence is not a topic.
  if (!name || name.length > 120 || !/\p{L}/u.test(name)) return null
  return { level: 2, text: name }
}
