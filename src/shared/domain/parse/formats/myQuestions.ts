/** The My questions file (see `domain/myQuestions`) as a document format for the dispatcher. */
import type { ParsedItem } from '../../types'
import type { DocumentFormat } from '../documentFormats'
import { isMyQuestionsDocument, parseMyQuestions } from '../../myQuestions/myQuestionsDocument'

/** The file's questions as parsed items, each at its heading's line. */
export function myQuestionItems(text: string, file: string): ParsedItem[] {
  return parseMyQuestions(text).map((q) => ({
    kind: q.kind,
    prompt: q.prompt,
    answer: q.answer,
    section: q.section,
    source: { file, line: q.line ?? 1 },
    checked: null,
    links: []
  }))
}

/** Recognised by the marker on its first line. */
export const myQuestionsFormat: DocumentFormat = {
  name: 'my-questions',
  detect: (_doc, text) => isMyQuestionsDocument(text),
  parse: (doc, file) => myQuestionItems(doc.lines.map((l) => l.raw).join('\n'), file)
}
