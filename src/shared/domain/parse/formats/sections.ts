/**
 * Lines that head a section rather than hold an item: Markdown headings (ATX and setext),
 * banners (`*****DJANGO:*****` between `####` rules), bare dates, bold label lines; and rules,
 * which end a soft section. The document title (a lone `# Title` on top) changes nothing.
 */

import type { BlockFormat, BlockResult } from '../blockFormat'
import { looksLikeQuestion } from '../classifyText'
import { cleanSection } from '../cleanText'
import { bannerText, isBareDate, isSeparator, questionPrefix, symbolTitle } from '../lineShapes'
import { glossaryLines } from '../glossaryTerms'
import type { Doc } from '../scanLines'

const BOLD_LABEL = /^\*\*([^*]+)\*\*:?$/

/** Reads a section-heading line; null when the line is not one. */
export function readSectionLine(doc: Doc, index: number): BlockResult | null {
  const line = doc.lines[index]!
  if (line.code || line.blank) return null
  if (line.underline) return { items: [], next: index + 1 }
  if (line.heading) {
    const next = index + (doc.lines[index + 1]?.underline ? 2 : 1)
    const text = cleanSection(line.heading.text)
    if (index === doc.titleIndex || text === '') return { items: [], next }
    return { items: [], next, section: { type: 'heading', level: line.heading.level, text } }
  }
  if (isSeparator(line.text)) return { items: [], next: index + 1, section: { type: 'break' } }
  const banner = bannerText(line.text)
  if (banner !== null) {
    const text = cleanSection(banner, { banner: true })
    if (text !== '')
      return { items: [], next: index + 1, section: { type: 'heading', level: 1, text } }
  }
  const titled = symbolTitle(line.text)
  if (titled !== null)
    return { items: [], next: index + 1, section: { type: 'soft', text: titled } }
  if (isBareDate(line.text)) {
    return { items: [], next: index + 1, section: { type: 'soft', text: cleanSection(line.text) } }
  }
  const label = BOLD_LABEL.exec(line.text)
  // `**Q: Explain the MRO.**` is a question in bold, whatever its wording; a glossary's bold
  // term over its definition is a topic.
  if (
    label &&
    label[1] &&
    questionPrefix(label[1]) === null &&
    !looksLikeQuestion(label[1]) &&
    !glossaryLines(doc)[index]
  ) {
    const text = cleanSection(label[1])
    if (text !== '') return { items: [], next: index + 1, section: { type: 'soft', text } }
  }
  return null
}

/** Section headings, banners, dates, rules. */
export const sectionFormat: BlockFormat = {
  name: 'sections',
  read: (doc, index) => readSectionLine(doc, index)
}
