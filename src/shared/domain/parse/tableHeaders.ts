/**
 * Which columns of a table hold the questions and the answers, for Markdown pipe tables and
 * HTML tables alike. A header cell names its column ("Question", "Вопрос", "问题"; "Answer",
 * "Respuesta", "答案"); without such a header, a two-column table whose first cells mostly ask
 * is a question list too ("| What is a pod? | The smallest deployable unit |").
 */

import { looksLikeQuestion } from './classifyText'
import { cleanPrompt } from './cleanText'
import { labelRole, type LabelRole } from './labels'

const QUESTION_HEADER = /^(?:#[ \t]*)?(?:interview[ \t]+|quiz[ \t]+)?(?:questions?|q|prompt)$/
const ANSWER_HEADER =
  /^(?:short[ \t]+|correct[ \t]+|model[ \t]+|sample[ \t]+|suggested[ \t]+|expected[ \t]+|possible[ \t]+|example[ \t]+|reference[ \t]+)?(?:answers?|a|explanation|solution)$/
// "Gợi ý trả lời", "Respuesta sugerida": an answer word with a qualifier before or after it.
const QUALIFIED_ANSWER =
  /^(?:gợi ý|đáp án gợi ý)[ \t]+(.+)$|^(.+?)[ \t]+(?:sugerida|esperada|suggérée|modèle|gợi ý|mẫu|примерный|образец)$/u

// Column names are the label words (`labels.ts`: Вопрос, Pregunta, 问题, Antwort, 答案 …) and
// their plurals, which a column holding many of them is often named with.
const QUESTION_PLURALS = new Set([
  'вопросы',
  'preguntas',
  'perguntas',
  'fragen',
  'domande',
  'vragen',
  'sorular',
  'pytania'
])
const ANSWER_PLURALS = new Set([
  'ответы',
  'respuestas',
  'respostas',
  'antworten',
  'réponses',
  'risposte',
  'cevaplar'
])

function isWordOf(role: LabelRole, word: string): boolean {
  return labelRole(word) === role
}

function headerWord(cell: string): string {
  return cleanPrompt(cell)
    .replace(/[:：.]$/, '')
    .trim()
    .toLowerCase()
}

export function isQuestionHeader(cell: string): boolean {
  const word = headerWord(cell)
  return QUESTION_HEADER.test(word) || QUESTION_PLURALS.has(word) || isWordOf('question', word)
}

function isAnswerWord(word: string): boolean {
  return ANSWER_PLURALS.has(word) || isWordOf('answer', word)
}

export function isAnswerHeader(cell: string): boolean {
  const word = headerWord(cell)
  if (ANSWER_HEADER.test(word) || isAnswerWord(word)) return true
  // A header is a few words; the bound keeps the two-part pattern cheap on any cell.
  const qualified = word.length <= 60 ? QUALIFIED_ANSWER.exec(word) : null
  const core = qualified?.[1] ?? qualified?.[2]
  return core !== undefined && isAnswerWord(core)
}

/** Column indexes of the questions and answers; `question` is -1 for any other table. */
export interface QuestionColumns {
  question: number
  answer: number
  /** A glossary table (`| Term | Definition |`): its rows are topics unless they ask. */
  terms?: boolean
}

// A two-column glossary: the first header names what is explained, the second the explaining
// ("Explanation / Candidate's response": any part of a slashed header will do).
const TERM_HEADER = /^(?:topic|term|concept|keyword|key term|command|method|function|feature)s?$/
const DEFINITION_HEADER =
  /^(?:explanation|description|definition|meaning|what it (?:does|means)|purpose|summary)s?$/

function isTermTable(header: readonly string[]): boolean {
  // Header cells are a few words; a longer one is no glossary's (and stays cheap to test).
  if (header.length !== 2 || header.some((cell) => cell.length > 80)) return false
  const parts = (cell: string): string[] => headerWord(cell).split(/[ \t]*\/[ \t]*/)
  return (
    parts(header[0]!).some((p) => TERM_HEADER.test(p)) &&
    parts(header[1]!).some((p) => DEFINITION_HEADER.test(p))
  )
}

/**
 * Reads the header's names; failing that, takes column 0 as questions and column 1 as
 * answers when the rows have two cells and at least two of them, and half, ask.
 */
export function questionColumns(
  header: readonly string[] | null,
  rows: ReadonlyArray<readonly string[]>
): QuestionColumns {
  if (header) {
    const question = header.findIndex(isQuestionHeader)
    if (question >= 0) return { question, answer: header.findIndex(isAnswerHeader) }
    if (isTermTable(header)) return { question: 0, answer: 1, terms: true }
  }
  const width = header?.length ?? rows[0]?.length ?? 0
  if (width !== 2 || rows.length < 2) return { question: -1, answer: -1 }
  let asking = 0
  for (const cells of rows) if (looksLikeQuestion(cleanPrompt(cells[0] ?? ''))) asking++
  return asking >= 2 && asking * 2 >= rows.length
    ? { question: 0, answer: 1 }
    : { question: -1, answer: -1 }
}
