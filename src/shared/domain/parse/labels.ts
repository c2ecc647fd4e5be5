/**
 * Labels: the words documents put in front of a part of an item (`Question:`, `Hints:`,
 * `Solution:`, `Level 1`, `Вопрос 3`, `答案：`). A label alone is never an item; a label in
 * front of text says what that text is (a question's statement, its answer, a hint).
 *
 * Regular expressions here only ever see a short, capped prefix of a line.
 */

import {
  ANSWER_WORDS,
  EXAMPLE_WORDS,
  HINT_WORDS,
  LABEL_WORDS_NEEDING_MARK,
  QUESTION_WORDS
} from './labelWords'
import { abbreviatedAnswer, boldInitialLabel } from './abbreviatedLabels'
import { unclosed } from './lineShapes'

/** What a label introduces. */
export type LabelRole = 'question' | 'answer' | 'hint' | 'example' | 'part'

const ROLES: ReadonlyArray<[LabelRole, readonly string[]]> = [
  [
    'question',
    [
      'q',
      'front',
      'ques',
      'question',
      'questions',
      'problem',
      'exercise',
      'task',
      // `**Goal:** Build a blog …` over `**Steps:**`: a project challenge's task.
      'goal',
      // A true-or-false quiz's item: `**Statement:** Python is compiled.`
      'true or false',
      'aussage',
      'richtig oder falsch',
      'vrai ou faux',
      'afirmación',
      'verdadero o falso',
      'afirmação',
      'verdadeiro ou falso',
      'утверждение',
      'вопрос',
      'задача',
      'задание',
      'питання',
      '问题',
      '問題',
      '题目',
      '題目',
      '问',
      '問',
      '质问',
      '質問',
      'pregunta',
      'ejercicio',
      'pergunta',
      'exercício',
      'questão',
      'frage',
      'aufgabe',
      'domanda',
      'esercizio',
      'exercice',
      '질문',
      '문제',
      'soru',
      // Plurals head a list of questions (`#### Sorular`): a label, never an item of its own.
      'вопросы',
      'preguntas',
      'perguntas',
      'questões',
      'fragen',
      'domande',
      'sorular',
      'pytania',
      'otázky',
      'vragen',
      'pertanyaan',
      'prashn',
      'प्रश्न'
    ]
  ],
  [
    'answer',
    [
      'a',
      'back',
      'ans',
      'answer',
      'answers',
      'sol',
      'solution',
      'solutions',
      'explanation',
      'correct answer',
      'right answer',
      'model answer',
      'sample answer',
      'suggested answer',
      'expected answer',
      'short answer',
      'ideal answer',
      'ответ',
      'решение',
      'объяснение',
      'відповідь',
      'рішення',
      '答案',
      '答',
      '解答',
      '解析',
      '回答',
      '参考答案',
      '正确答案',
      '正確答案',
      '正解',
      '解',
      'respuesta',
      'solución',
      'explicación',
      'resposta',
      'solução',
      'explicação',
      'antwort',
      'lösung',
      'erklärung',
      'réponse',
      'explication',
      'risposta',
      'soluzione',
      'spiegazione',
      '정답',
      '답',
      '풀이',
      '해설',
      'cevap',
      'jawaban',
      'odpowiedź',
      'poprawna odpowiedź',
      'correct',
      'richtig',
      'richtige antwort',
      'korrekte antwort',
      'resposta correta',
      'respuesta correcta',
      'bonne réponse',
      'risposta corretta',
      'правильный ответ',
      'doğru cevap',
      'jawaban benar',
      'answer key',
      'uttar',
      'उत्तर'
    ]
  ],
  [
    'hint',
    // `Steps:` outlines a task's solution, like hints.
    [
      'hint',
      'hints',
      'tip',
      'tips',
      'steps',
      'подсказка',
      'подсказки',
      '提示',
      'pista',
      'dica',
      'hinweis'
    ]
  ],
  [
    'example',
    [
      'example',
      'examples',
      'sample',
      'sample input',
      'sample output',
      'input',
      'output',
      'expected output',
      'result',
      'пример',
      'примеры',
      '示例',
      '例子',
      '例如',
      '输入',
      '输出',
      '例',
      'ejemplo',
      'exemplo',
      'beispiel',
      'exemple',
      'esempio'
    ]
  ],
  [
    'part',
    [
      'level',
      'difficulty',
      'note',
      'notes',
      'code',
      'step',
      'part',
      'follow up',
      'follow-up',
      'see also',
      'reference',
      'references',
      'source',
      'category',
      'tags',
      'topic',
      'konu',
      'тема',
      'tema',
      'thema',
      'уровень',
      'примечание',
      '难度',
      '注意',
      'nivel',
      'nível',
      'niveau',
      'stufe'
    ]
  ]
]

const ROLE_OF = new Map<string, LabelRole>()
for (const [role, words] of ROLES) for (const w of words) ROLE_OF.set(w, role)
// Other languages' label words (`labelWords.ts`); the inline lists above win where both list one.
for (const [role, words] of [
  ['question', QUESTION_WORDS],
  ['answer', ANSWER_WORDS],
  ['hint', HINT_WORDS],
  ['example', EXAMPLE_WORDS]
] as const) {
  for (const w of words) if (!ROLE_OF.has(w)) ROLE_OF.set(w, role)
}

/** The role a label word (lower-case, `вопрос`, `answer`) plays, or null for any other word. */
export function labelRole(word: string): LabelRole | null {
  return ROLE_OF.get(word) ?? null
}

// Labels that are too common as plain words to stand alone without a colon or a number.
const NEEDS_PUNCTUATION = new Set([
  'a',
  'q',
  'code',
  'input',
  'output',
  'result',
  'part',
  'step',
  ...LABEL_WORDS_NEEDING_MARK
])

const MAX_LABEL = 48
// `**`, `__`, heading hashes, quote marks, emoji shortcodes (`:white_check_mark:`) and symbols.
const DECORATION = /^(?:[#>*_~`\s]|:[a-z_]{2,30}:|[\p{Extended_Pictographic}\p{So}\uFE0F])+/u
const TRAILING_DECORATION = /(?:[*_~`\s]|\uFE0F)+$/u
// A label, an optional number (`Question 3`, `Q12`, `Level 1`, `Задача №2`, `Soru 3.15.1`), an
// optional mark.
const LABEL =
  /^([\p{L}][\p{L}\p{M}'‘’ -]{0,24}?)[ \t]*(?:[#№]?[ \t]*(\p{Nd}{1,4}(?:\.\p{Nd}{1,4}){0,3}))?[ \t]*([:：.)\-–—]|£º)?[ \t]*$/u

const EMPHASIS_BEFORE_MARK = /(?:\*\*|__|[*_])[ \t]*([:：])$/

/** The label a short line consists of, with its role; null when the line says more. */
export function labelOf(text: string): { role: LabelRole; numbered: boolean; word: string } | null {
  if (text.length > MAX_LABEL * 2) return null
  // `**Ответ**:` (or `*Answer*:`) closes its emphasis before the colon.
  const t = text
    .replace(DECORATION, '')
    .replace(TRAILING_DECORATION, '')
    .replace(EMPHASIS_BEFORE_MARK, '$1')
    .trim()
  if (t === '' || t.length > MAX_LABEL) return null
  const m = LABEL.exec(t)
  if (!m || !m[1]) return abbreviatedLabelOnly(text)
  const word = m[1].trim().toLowerCase()
  const role = ROLE_OF.get(word)
  if (!role) return abbreviatedLabelOnly(text)
  const numbered = m[2] !== undefined
  const mark = m[3] !== undefined
  if (!numbered && !mark && NEEDS_PUNCTUATION.has(word)) return null
  // A number after an answer word ("Answer 2") still labels; "Level" needs its number or colon.
  return { role, numbered, word }
}

/** True for a line that is only a label (`Hints:`, `Level 1`, `Question 3`, `Solution`). */
export function isLabelOnly(text: string): boolean {
  return labelOf(text) !== null
}

// `Solution: text`, `**Answer:** text`, `答案：text`, `Sol- text`: a label, its mark, then text.
// Emphasis may be bold or italic (`*Answer*: …`, a chat assistant's).
const LABELLED =
  /^(?:\*\*|__|[*_])?([\p{L}][\p{L}\p{M}'‘’ ]{0,20}?)[ \t]*(?:\p{Nd}{1,4})?[ \t]*(?:\*\*|__|[*_])?[ \t]*(?::[-–—]?|：|[-–—]:?|=>)[ \t]*(?:\*\*|__|[*_])?[ \t]*(\S.*)$/u

const LEAD_SYMBOLS = /^(?:[\p{Extended_Pictographic}\p{So}]\uFE0F?[ \t]*){1,3}/u

/** `Solution: text` → the role and the text after the label; null when the line has no label. */
export function labelledLine(text: string): { role: LabelRole; rest: string; word: string } | null {
  // `✅ Javob: …`: a symbol or two in front of the label is decoration.
  const from = LEAD_SYMBOLS.exec(text)?.[0].length ?? 0
  // Only the head of the line is matched; the text runs on from where the match put it.
  const m = LABELLED.exec(text.slice(from, from + 64))
  if (!m || !m[1] || m[2] === undefined) return abbreviatedLabelled(text)
  const word = m[1].trim().toLowerCase()
  const role = ROLE_OF.get(word)
  if (!role) return abbreviatedLabelled(text)
  const rest = unclosed(
    text.slice(from, from + 2),
    text.slice(from + m[0].length - m[2].length)
  ).trimEnd()
  // `**الإجابة:**`: what follows the colon is only the label's closing emphasis.
  return { role, rest: /^[*_]{1,3}$/.test(rest) ? '' : rest, word }
}

const LONE_R = /^[ \t]*R[ \t]*[:：][ \t]*$/

// `**R/:**` alone on its line: an abbreviated answer label (`abbreviatedLabels.ts`).
function abbreviatedLabelOnly(
  text: string
): { role: LabelRole; numbered: boolean; word: string } | null {
  const initial = boldInitialLabel(text.trim())
  if (initial && initial.rest === '') return { role: initial.role, numbered: false, word: '' }
  // A plain `R:` alone on its line labels the answer below (a glossary line about R says more).
  if (LONE_R.test(text)) return { role: 'answer', numbered: false, word: 'r' }
  const a = abbreviatedAnswer(text.trim())
  return a && a.rest === '' ? { role: 'answer', numbered: false, word: a.word } : null
}

// `**R/:** texto`, `Rpta.: texto`: an abbreviated answer label in front of its text.
function abbreviatedLabelled(text: string): { role: LabelRole; rest: string; word: string } | null {
  const initial = boldInitialLabel(text)
  if (initial && initial.rest !== '') return { role: initial.role, rest: initial.rest, word: '' }
  const a = abbreviatedAnswer(text)
  return a && a.rest !== '' ? { role: 'answer', rest: a.rest, word: a.word } : null
}

// Answer labels that explain the answer rather than give it (a quiz's key comes before them).
const EXPLANATIONS = new Set([
  'explanation',
  'объяснение',
  '解析',
  'explicación',
  'explicação',
  'erklärung',
  'explication',
  'spiegazione',
  '해설'
])

/** True for an answer label word (`labelledLine(…).word`) that explains rather than answers. */
export function isExplanationWord(word: string): boolean {
  return EXPLANATIONS.has(word)
}
