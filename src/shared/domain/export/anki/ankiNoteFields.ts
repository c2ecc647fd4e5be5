/**
 * One question as the two fields of a Basic note: Front is the prompt (plain text, escaped),
 * Back is my answer rendered from Markdown, then each reference answer under where it came from.
 */
import { escapeHtml, markdownToHtml } from '../markdownToHtml'
import type { QuestionRecord } from '../questionRecords'

/** The note's fields in order (Front, Back), as HTML. */
export function noteFields(record: QuestionRecord): [string, string] {
  const back: string[] = []
  if (record.myAnswer !== null)
    back.push(`<div class="my-answer">${markdownToHtml(record.myAnswer)}</div>`)
  if (record.references.length > 0) {
    if (back.length > 0) back.push('<hr>')
    const label = record.references.length === 1 ? 'Reference answer' : 'Reference answers'
    back.push(`<p><b>${label}</b></p>`)
    for (const reference of record.references)
      back.push(
        `<blockquote class="reference"><p class="reference-source">${escapeHtml(reference.from)}</p>` +
          `${markdownToHtml(reference.markdown)}</blockquote>`
      )
  }
  return [escapeHtml(record.prompt), back.join('\n')]
}

/**
 * The sort field as Anki stores it (`sfld`, the first field with HTML stripped). Front is the
 * escaped prompt, so stripping it gives the prompt back exactly.
 */
export function sortField(record: QuestionRecord): string {
  return record.prompt
}
