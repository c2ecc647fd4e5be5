/**
 * Which columns of a table hold the questions and the answers, for Markdown pipe tables and
 * HTML tables alike. A header cell names its column ("Question", "Вопрос", "问题"; "Answer",
 * "Respuesta", "答案"); without such a header, a two-column table whose first cells mostly ask
 * is a question list too ("| What is a pod? | The smallest deployable unit |").
 */

import { looksLikeQuestion } from './classifyText'
import { cleanPrompt } from './cleanText'

const QUESTION_HEADER = /^(?:#[ \t]*)?(?:interview[ \t]+|quiz[ \t]+)?(?:questions?|q|prompt)$/
const ANSWER_HEADER =
  /^(?:short[ \t]+|correct[ \t]+|model[ \t]+|sample[ \t]+|suggested[ \t]+|expected[ \t]+|possible[ \t]+|example[ \t]+|reference[ \t]+)?(?:answers?|a|explanation|solution)$/
// "Gợi ý trả lời", "Respuesta sugerida": an answer word with a qualifier before or after it.
const QUALIFIED_ANSWER =
  /^(?:gợi ý|đáp án gợi ý)[ \t]+(.+)$|^(.+?)[ \t]+(?:sugerida|esperada|suggérée|modèle|gợi ý|mẫu|примерный|образец)$/u

// The same headers in the languages question sheets are written in (compared lower-cased).
const QUESTION_WORDS = new Set([
  'вопрос',
  'вопросы',
  'питання',
  'pregunta',
  'preguntas',
  'pergunta',
  'perguntas',
  'frage',
  'fragen',
  'domanda',
  'domande',
  'vraag',
  'vragen',
  'soru',
  'sorular',
  'pytanie',
  'pytania',
  'otázka',
  'câu hỏi',
  'pertanyaan',
  'soal',
  'kysymys',
  'fråga',
  'spørsmål',
  'spørgsmål',
  'ερώτηση',
  'سؤال',
  'السؤال',
  'प्रश्न',
  '问题',
  '問題',
  '题目',
  '題目',
  '问',
  '問',
  '질문',
  '문제',
  '質問',
  '設問'
])
const ANSWER_WORDS = new Set([
  'ответ',
  'ответы',
  'відповідь',
  'respuesta',
  'respuestas',
  'resposta',
  'respostas',
  'antwort',
  'antworten',
  'réponse',
  'réponses',
  'risposta',
  'risposte',
  'antwoord',
  'cevap',
  'cevaplar',
  'odpowiedź',
  'odpověď',
  'trả lời',
  'đáp án',
  'jawaban',
  'vastaus',
  'svar',
  'απάντηση',
  'إجابة',
  'الإجابة',
  'الجواب',
  'उत्तर',
  'lösung',
  'solución',
  'solução',
  'soluzione',
  '答案',
  '回答',
  '解答',
  '答',
  '답',
  '답변',
  '정답',
  '解答例'
])

function headerWord(cell: string): string {
  return cleanPrompt(cell)
    .replace(/[:：.]$/, '')
    .trim()
    .toLowerCase()
}

export function isQuestionHeader(cell: string): boolean {
  const word = headerWord(cell)
  return QUESTION_HEADER.test(word) || QUESTION_WORDS.has(word)
}

export function isAnswerHeader(cell: string): boolean {
  const word = headerWord(cell)
  if (ANSWER_HEADER.test(word) || ANSWER_WORDS.has(word)) return true
  // A header is a few words; the bound keeps the two-part pattern cheap on any cell.
  const qualified = word.length <= 60 ? QUALIFIED_ANSWER.exec(word) : null
  const core = qualified?.[1] ?? qualified?.[2]
  return core !== undefined && ANSWER_WORDS.has(core)
}

/** Column indexes of the questions and answers; `question` is -1 for any other table. */
export interface QuestionColumns {
  question: number
  answer: number
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
  }
  const width = header?.length ?? rows[0]?.length ?? 0
  if (width !== 2 || rows.length < 2) return { question: -1, answer: -1 }
  let asking = 0
  for (const cells of rows) if (looksLikeQuestion(cleanPrompt(cells[0] ?? ''))) asking++
  return asking >= 2 && asking * 2 >= rows.length
    ? { question: 0, answer: 1 }
    : { question: -1, answer: -1 }
}
