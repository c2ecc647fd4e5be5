/**
 * Decides what a loose piece of text is: a question, a topic, or prose.
 *
 * The rule (one place, so every format agrees):
 * - question: it has a `?` outside inline code and links, or is a quiz stem (`… (T/F)`, a
 *   `_____` blank: see quizStems); or it starts with an interrogative
 *   that is followed by a verb-like word ("what are…", "how to…", "how does…"; "why…" always);
 *   or with an imperative used for interview tasks ("Explain…", "Implement…", "Write…");
 *   or with "Difference between"; or with an upper-case task label (`IMPLEMENT:`, `ALGO:`);
 *   or a later sentence of it does ("'is' operator in python. Why is …").
 * - topic: short (at most 8 words once parenthetical remarks are dropped), not a sentence
 *   (no final period, no sentence break), not code: "getattr, hasattr, dynamic resolve of
 *   methods", "Threading (greenthreads, pthreads, twisted)", "how python debugger work".
 * - prose: anything else; prose never becomes an item on its own.
 */

import { asksInOtherLanguage, hasQuestionMark } from './interrogatives'
import { isLabelOnly } from './labels'
import { isQuizStem } from './quizStems'

export type TextKind = 'question' | 'topic' | 'prose'

const INTERROGATIVE = new Set(['what', 'how', 'when', 'where', 'which', 'who', 'whom', 'whose'])
const ALWAYS_QUESTION = new Set(['why', "what's", 'whats', 'what’s', "how's", 'how’s'])
// Words that, after an interrogative, make a question rather than a noun phrase
// ("how does X work" vs "how python debugger work").
const VERBISH = new Set([
  'is',
  'are',
  'was',
  'were',
  'do',
  'does',
  'did',
  'can',
  'could',
  'should',
  'would',
  'will',
  'shall',
  'may',
  'might',
  'must',
  'to',
  'many',
  'much',
  'not',
  'if',
  'happens',
  'happen',
  'exactly',
  'has',
  'have',
  'kind',
  'type',
  'types',
  'we',
  'you',
  'i'
])
const IMPERATIVE = new Set([
  'explain',
  'describe',
  'implement',
  'write',
  'compare',
  'define',
  'differentiate',
  'distinguish',
  'discuss',
  'demonstrate',
  'illustrate',
  'design',
  'contrast',
  'elaborate',
  'outline',
  'justify',
  'solve',
  'create',
  'generate',
  'find',
  'reverse',
  'give',
  'tell',
  'build',
  'develop',
  'calculate',
  'convert',
  'given',
  'suppose',
  'predict',
  'identify',
  'fill',
  'mention'
])
// Upper-case labels that announce a note, not a task.
const NOTE_LABELS = new Set([
  'NOTE',
  'NOTES',
  'TIP',
  'TIPS',
  'WARNING',
  'INFO',
  'EXAMPLE',
  'OUTPUT',
  'TODO',
  'REF',
  'REFERENCE',
  'SOURCE',
  'LINK',
  'URL',
  'DATE',
  'ANS',
  'ANSWER',
  'A',
  'Q',
  'PS',
  'EDIT'
])

const TASK_LABEL = /^([A-Z][A-Z ]{1,20}):[ \t]*\S/
const INLINE_CODE_OR_URL = /`[^`]*`|https?:\/\/\S+/g

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/^[^\p{L}]+/u, '')
    .split(/[\s,;:()]+/)
    .filter(Boolean)
}

// `What: a mutex…`, `How: use a Session`: a one-word label introducing an answer's part.
const LEAD_LABEL = /^[^\p{L}]*\p{L}+:/u

// "Design Patterns", "Test Cases": a verb-like word over a plural noun, both capitalised, is a
// title naming a subject, not an instruction ("Design a cache", "Test Cases where…" still ask).
const PLURAL_TITLE = /^[^\p{L}]*\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}*[a-rt-z]s[^\p{L}]*$/u

function isPluralTitle(sentence: string): boolean {
  return PLURAL_TITLE.test(sentence)
}

function sentenceAsks(sentence: string, imperatives = true): boolean {
  if (LEAD_LABEL.test(sentence)) return false
  const w = words(sentence)
  const first = w[0]
  if (!first) return false
  // A lone "Why" is a heading ("## Why"), "why python is slow" a question.
  if (ALWAYS_QUESTION.has(first)) return w.length > 1 || first !== 'why'
  if (INTERROGATIVE.has(first)) return VERBISH.has(w[1] ?? '')
  // "Find others at [our page](…)." is navigation, not a task.
  if (IMPERATIVE.has(first))
    return imperatives && w.length > 1 && !sentence.includes('](') && !isPluralTitle(sentence)
  if (
    (first === 'difference' || first === 'differences' || first === 'diff') &&
    w[1] === 'between'
  ) {
    return true
  }
  return false
}

/** True when `text` (a cleaned prompt or a loose line) reads as a question; see the rule above. */
export function looksLikeQuestion(text: string): boolean {
  // `Level 1`, `Hints:`, `Question 3`: a label names a part, it never asks.
  if (isLabelOnly(text)) return false
  const bare = text.replace(INLINE_CODE_OR_URL, ' ')
  if (hasQuestionMark(bare) || isQuizStem(bare)) return true
  const label = TASK_LABEL.exec(text)
  if (label && label[1] && !NOTE_LABELS.has(label[1].trim())) return true
  if (sentenceAsks(text) || asksInOtherLanguage(bare)) return true
  // Later sentences: "'is' operator in python. Why is …".
  const sentences = bare.split(/[.;!]\s+|[。！；]\s*/)
  for (let i = 1; i < sentences.length && i < 6; i++) {
    if (sentenceAsks(sentences[i]!)) return true
  }
  return false
}

/**
 * A question even outside a list of questions: a `?` or an interrogative opening. Imperatives
 * ("Create a virtual environment…") are left out: in a list of steps they are instructions.
 */
export function asksDirectly(text: string): boolean {
  if (isLabelOnly(text)) return false
  const bare = text.replace(INLINE_CODE_OR_URL, ' ')
  return (
    hasQuestionMark(bare) ||
    isQuizStem(bare) ||
    sentenceAsks(text, false) ||
    asksInOtherLanguage(bare)
  )
}

const PARENTHETICAL = /\([^()]*\)/g
const ABBREVIATION = /\b(?:vs|etc|cf|approx|incl)\./gi
// `Email: me@example.com`, `Website: https://…`: a contact or metadata line, not a topic.
const CONTACT_LINE = /^[\p{L} ]{1,24}:[ \t]*(?:[^\s@]+@[^\s@]+\.\S+|https?:\/\/\S+|@\w+)[ \t]*$/u
// `x = 1`, `def f():`, `{`: code pasted outside a fence is not a topic.
const CODEISH = /[{};]|(?:^|[^=!<>])=(?!=)|^(?:def|class|import|from|return|print)\b/

function isContactLine(text: string): boolean {
  if (!text.includes(':')) return false
  return CONTACT_LINE.test(
    text
      .replace(/<br[ \t]*\/?>/gi, ' ')
      .replace(/\*\*/g, '')
      .trim()
  )
}

/** True for a short noun phrase worth studying; see the rule above. */
export function isTopicLike(text: string): boolean {
  if (isLabelOnly(text) || isContactLine(text)) return false
  const t = text.replace(INLINE_CODE_OR_URL, ' x ').replace(PARENTHETICAL, ' ').trim()
  if (t === '' || !/\p{L}/u.test(t)) return false
  // Link lists and API signatures (`` `parse(str)` ``) are reference material, not topics.
  if (/^!?\[|^`/.test(text) || text.includes('](')) return false
  if (CODEISH.test(t)) return false
  if (/[.:]$/.test(t) && !/\b(?:etc|e\.g|i\.e)\.$/i.test(t)) return false
  // "SOAP vs. REST vs. GraphQL": an abbreviation's period does not end a sentence.
  if (/[.!]\s+\p{Lu}/u.test(t.replace(ABBREVIATION, ' '))) return false
  return t.split(/\s+/).length <= 8
}

/** Question, topic or prose, in that order of preference. */
export function classifyText(text: string): TextKind {
  if (looksLikeQuestion(text)) return 'question'
  if (isTopicLike(text)) return 'topic'
  return 'prose'
}
