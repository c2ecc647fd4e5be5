/**
 * A document in which nothing asks and nothing reads as a list of topics (a cheat sheet, a
 * reference page): rather than no cards at all, each heading with content under it becomes a
 * topic, that content (tables, code, notes) its answer. It is the fallback of the mixed format
 * and runs only when the block formats found no item. It needs `MIN_SECTIONS` such headings,
 * at least half of them over reference material (code, a table or a list): sections of prose
 * are course notes, which `topicHeadings` judges (and a few of them are a note or a diary).
 * Boilerplate headings ("License", "Contents") never count.
 */

import type { ParsedItem } from '../types'
import { buildAnswer } from './buildAnswer'
import { cleanSection, extractLinks } from './cleanText'
import { isBoilerplateHeading } from './topicHeadings'
import { markLines, USED, type LineUsage } from './lineUsage'
import type { Doc } from './scanLines'

const MIN_SECTIONS = 4
// A table row or a list entry.
const REFERENCE_LINE = /^(?:\||[-*+][ \t]|\d{1,3}[.)][ \t])/

interface Section {
  line: number
  level: number
  prompt: string
  /** First and last-plus-one body lines. */
  from: number
  to: number
}

function sectionsOf(doc: Doc): Section[] {
  const heads: number[] = []
  for (const line of doc.lines)
    if (line.heading && !line.code && !line.inert) heads.push(line.index)
  const sections: Section[] = []
  for (let h = 0; h < heads.length; h++) {
    const i = heads[h]!
    const heading = doc.lines[i]!.heading!
    const from = i + (doc.lines[i + 1]?.underline ? 2 : 1)
    const to = heads[h + 1] ?? doc.lines.length
    sections.push({ line: i, level: heading.level, prompt: cleanSection(heading.text), from, to })
  }
  return sections
}

/** The section topics of a document with no items (see above); [] when it has too few. */
export function sectionTopics(doc: Doc, file: string, usage?: LineUsage): ParsedItem[] {
  const items: ParsedItem[] = []
  const used: Section[] = []
  let reference = 0
  // Open headings by level, for each topic's enclosing section.
  const open: string[] = []
  for (const section of sectionsOf(doc)) {
    open.length = section.level - 1
    const parent = open.filter(Boolean).pop() ?? null
    open[section.level - 1] = section.prompt
    if (section.prompt === '' || section.line === doc.titleIndex) continue
    if (isBoilerplateHeading(section.prompt)) continue
    const raw: string[] = []
    let material = false
    for (let j = section.from; j < section.to; j++) {
      const line = doc.lines[j]!
      if (line.inert) continue
      raw.push(line.raw)
      if (!material && !line.blank && (line.code || REFERENCE_LINE.test(line.text))) material = true
    }
    const answer = buildAnswer(raw)
    if (answer === null) continue
    used.push(section)
    if (material) reference++
    items.push({
      kind: 'topic',
      prompt: section.prompt,
      answer,
      section: parent,
      source: { file, line: section.line + 1 },
      checked: null,
      links: extractLinks(answer)
    })
  }
  if (items.length < MIN_SECTIONS || reference * 2 < items.length) return []
  for (const section of used) markLines(usage, section.line, section.to, USED)
  return items
}
