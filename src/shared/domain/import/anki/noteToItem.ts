/**
 * An Anki note as a question: the note type's field names say which field asks (Front,
 * Question, Text…) and which answers (Back, Answer, Extra…); a cloze note asks its text with
 * the deletions blanked and answers with what was deleted. Fields are HTML, turned to Markdown.
 */

import { blankClozes } from '../clozeCard'
import { htmlFragmentToMarkdown, markdownAsPromptText } from '../htmlToMarkdown'
import type { ParsedItem } from '../../types'
import type { AnkiNote } from './ankiNotes'

const PROMPT_FIELDS = ['front', 'question', 'text', 'q', 'prompt', 'term']
const ANSWER_FIELDS = ['back', 'answer', 'a', 'definition', 'response']
const EXTRA_FIELDS = ['extra', 'back extra', 'notes', 'explanation', 'example']

/** The question a note stands for, or null for a note with no text to ask. */
export function noteToItem(note: AnkiNote, file: string, line: number): ParsedItem | null {
  const named = (names: string[]): number =>
    note.fieldNames.findIndex((n) => names.includes(n.trim().toLowerCase()))
  const field = (i: number): string => (i >= 0 ? htmlFragmentToMarkdown(note.fields[i] ?? '') : '')
  let promptIndex = named(PROMPT_FIELDS)
  if (promptIndex === -1) promptIndex = 0
  let answerIndex = named(ANSWER_FIELDS)
  if (answerIndex === -1 && !note.cloze) answerIndex = promptIndex === 0 ? 1 : 0
  const extras = note.fieldNames.flatMap((n, i) =>
    EXTRA_FIELDS.includes(n.trim().toLowerCase()) ? [i] : []
  )

  let prompt = markdownAsPromptText(field(promptIndex))
  const answerParts: string[] = []
  if (note.cloze) {
    const clozes = blankClozes(prompt)
    prompt = clozes.prompt
    if (clozes.deleted.length > 0) answerParts.push(clozes.deleted.join('; '))
  }
  if (answerIndex >= 0 && answerIndex !== promptIndex) answerParts.push(field(answerIndex))
  for (const i of extras) if (i !== answerIndex && i !== promptIndex) answerParts.push(field(i))
  prompt = prompt.replace(/\s*\n+\s*/g, ' ').trim()
  if (prompt === '') return null
  const answer = answerParts.filter((p) => p.trim() !== '').join('\n\n') || null
  const item: ParsedItem = {
    kind: 'question',
    prompt,
    answer,
    section: note.deck && note.deck !== 'Default' ? note.deck : null,
    source: { file, line },
    checked: null,
    links: []
  }
  if (note.tags.length > 0) item.tags = note.tags
  return item
}
