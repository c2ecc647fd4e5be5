/**
 * A glossary, one `**Term**: definition` line (or list item) after another: each term is a
 * topic, its definition the answer (see `glossaryTerms`; a bold term alone over its definition
 * too). Lines that wrap the definition, up to a blank line or the next term, belong to it.
 */

import type { BlockFormat, ItemDraft } from '../blockFormat'
import { buildAnswer } from '../buildAnswer'
import { classifyText } from '../classifyText'
import { cleanPrompt, extractLinks } from '../cleanText'
import { glossaryEntry, glossaryLines, stackedEntry } from '../glossaryTerms'
import { isStructural } from '../readAnswer'

/** Glossary terms and their definitions. */
export const glossaryLinesFormat: BlockFormat = {
  name: 'glossary-lines',
  read(doc, index) {
    const marks = glossaryLines(doc)
    if (!marks[index]) return null
    const first = doc.lines[index]!
    const oneLine = glossaryEntry(first.text)
    const entry = oneLine ?? stackedEntry(doc, index)
    if (!entry) return null
    // A stacked term's definition starts on the next line, read with the wrapped ones.
    const raw = oneLine ? [entry.definition] : []
    let j = index + 1
    while (j < doc.lines.length) {
      const line = doc.lines[j]!
      if (line.blank || line.code || marks[j] || isStructural(line)) break
      raw.push(line.raw)
      j++
    }
    const answer = buildAnswer(raw)
    // `**Explain closures**: …` in the same run asks: a question, not a topic. One word
    // (`**Comment**`, `**Return**`) names a term even when it could be a verb.
    const asks = /\s/.test(entry.term) && classifyText(entry.term) === 'question'
    const item: ItemDraft = {
      kind: asks ? 'question' : 'topic',
      prompt: cleanPrompt(entry.term),
      answer,
      line: index,
      checked: null,
      links: extractLinks(answer ?? '')
    }
    return { items: item.prompt === '' ? [] : [item], next: j }
  }
}
