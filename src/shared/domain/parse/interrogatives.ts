/**
 * Question words beyond English: how a line asks in the languages interview notes are written
 * in. English keeps its finer rule in `classifyText` ("how python debugger work" is a topic);
 * elsewhere an interrogative or task verb at the start of the text is taken as asking.
 *
 * Every check is a `startsWith`/`includes` over a short, lower-cased prefix: no regular
 * expression runs over user text here.
 */

import { CJK_TASK_VERBS, TASK_VERBS } from './taskVerbs'

// Question marks: ASCII, full-width (CJK), Arabic, and the Greek question mark is left out (`;`).
const QUESTION_MARKS = ['?', '？', '؟', '⸮']

/** True when `text` holds a question mark of any script. */
export function hasQuestionMark(text: string): boolean {
  for (const mark of QUESTION_MARKS) if (text.includes(mark)) return true
  return false
}

// Space-separated languages: an opener must be followed by a space (or end the text).
// Ambiguous words ("como", "que", "was", "come") only count in the phrases that make them ask;
// words spelled as English imperatives ("describe", "define") are left to the English rule.
const OPENERS: readonly string[] = [
  // Spanish
  'qué',
  'cómo',
  'por qué',
  'cuál',
  'cuáles',
  'cuándo',
  'dónde',
  'quién',
  'cuánto',
  'cuántos',
  'para qué',
  'explica',
  'explique',
  'describa',
  'escribe',
  'escriba',
  'implementa',
  'implemente',
  'compara',
  'defina',
  'menciona',
  'diferencia entre',
  'diferencias entre',
  // Portuguese
  'o que',
  'como funciona',
  'como fazer',
  'como criar',
  'como usar',
  'por que',
  'porquê',
  'qual',
  'quais',
  'quando',
  'onde',
  'quem',
  'descreva',
  'escreva',
  'diferença entre',
  'diferenças entre',
  // French
  "qu'est-ce",
  'qu’est-ce',
  'quel',
  'quelle',
  'quels',
  'quelles',
  'comment',
  'pourquoi',
  'quand',
  'expliquez',
  'décrivez',
  'écrivez',
  'comparez',
  'définissez',
  'différence entre',
  // German
  'was ist',
  'was sind',
  'was bedeutet',
  'was macht',
  'was passiert',
  'wie',
  'warum',
  'wann',
  'welche',
  'welcher',
  'welches',
  'wozu',
  'weshalb',
  'wieso',
  'erkläre',
  'erklären',
  'beschreibe',
  'beschreiben',
  'schreibe',
  'vergleiche',
  'definiere',
  'unterschied zwischen',
  'unterschiede zwischen',
  // Italian
  'cosa',
  "cos'è",
  'cos’è',
  'che cosa',
  'come funziona',
  'come si',
  'perché',
  'quale',
  'quali',
  'spiega',
  'descrivi',
  'scrivi',
  'differenza tra',
  // Russian
  'что',
  'как',
  'почему',
  'зачем',
  'какой',
  'какая',
  'какое',
  'какие',
  'каков',
  'каковы',
  'чем',
  'где',
  'когда',
  'сколько',
  'для чего',
  'в чём',
  'в чем',
  'объясните',
  'объясни',
  'опишите',
  'опиши',
  'напишите',
  'напиши',
  'реализуйте',
  'реализуй',
  'сравните',
  'расскажите',
  'расскажи',
  'приведите',
  'назовите',
  'разница между',
  'различия между',
  'отличие',
  'отличия',
  // Ukrainian
  'що',
  'як',
  'чому',
  'навіщо',
  'який',
  'яка',
  'яке',
  'які',
  'коли',
  'скільки',
  'поясніть',
  'поясни',
  'опишіть',
  'напишіть',
  'порівняйте',
  'різниця між',
  'відмінність',
  // Polish
  'co to',
  'co jest',
  'jak',
  'dlaczego',
  'czym',
  'jaki',
  'jaka',
  'jakie',
  'wyjaśnij',
  'opisz',
  'napisz',
  'różnica między',
  // Turkish
  'nasıl',
  'neden',
  'hangi',
  'açıklayın',
  'açıkla',
  // Indonesian / Malay
  'apa itu',
  'apa yang',
  'apa perbedaan',
  'bagaimana',
  'mengapa',
  'kenapa',
  'jelaskan',
  'sebutkan',
  // Vietnamese
  'tại sao',
  'làm thế nào',
  // Hindi and Hinglish
  'क्या',
  'कैसे',
  'क्यों',
  'kya',
  'kaise',
  'kyun',
  'kyu',
  // Persian (task openers: "write a program that…", "explain…"; ZWNJ and space spellings)
  'چرا',
  'چگونه',
  'چطور',
  'کدام',
  'آیا',
  'برنامه ای بنویسید',
  'برنامه‌ای بنویسید',
  'بنویسید',
  'توضیح دهید',
  'تفاوت',
  // Arabic
  'ما هو',
  'ما هي',
  'ماذا',
  'كيف',
  'لماذا',
  'متى',
  'هل',
  'اكتب',
  'اشرح',
  'عرف'
]

// Words that ask wherever they stand (Turkish "X nedir", Vietnamese "X là gì", Hinglish
// "X kya hai", Persian "X چیست").
const TRAILING: readonly string[] = [
  ' nedir',
  ' là gì',
  ' kya hai',
  ' kya hota hai',
  ' क्या है',
  ' چیست',
  ' چیه'
]

// Scripts written without spaces: the marker may stand anywhere in a short line.
const CJK_ANYWHERE: readonly string[] = [
  // Chinese
  '什么',
  '为什么',
  '為什麼',
  '如何',
  '怎么',
  '怎麼',
  '怎样',
  '哪些',
  '哪个',
  '哪種',
  '哪种',
  '是否',
  '区别',
  '區別',
  '有何',
  '何为',
  '何謂',
  '何谓',
  '多少',
  '几种',
  '不同点',
  '异同',
  // Japanese
  'なぜ',
  'どう',
  'どの',
  'とは',
  '何ですか',
  'ですか',
  'ますか',
  '違い',
  'ください',
  '教えて',
  // Korean
  '무엇',
  '어떻게',
  '차이',
  '인가요',
  '나요',
  '입니까',
  '무슨'
]

// Chinese/Japanese task openers: "请写出…", "简述…", "写一个…", "実装…".
const CJK_OPENERS: readonly string[] = [
  '请',
  '請',
  '简述',
  '簡述',
  '简要',
  '说明',
  '說明',
  '说说',
  '解释',
  '解釋',
  '描述',
  '谈谈',
  '談談',
  '列举',
  '列出',
  '写',
  '寫',
  '编写',
  '實現',
  '实现',
  '比较',
  '介绍',
  '介紹',
  '给定',
  '給定',
  '已知',
  '设计',
  '为什么',
  '什么',
  '如何',
  '怎么',
  '説明',
  '説明して',
  '実装',
  '왜'
]

// Sentence-final particles that ask (吗/呢 in Chinese, か in Japanese).
const CJK_FINAL = ['吗', '嗎', '呢', 'か']

const SHORT_LINE = 120
// A Hangul or Latin word (or a closing bracket) then 란, at a word's end.
const KOREAN_WHAT_IS = /[\p{Script=Hangul}A-Za-z0-9)]란(?=$|[\s,.?!)(:])/u

function lead(text: string): string {
  let i = 0
  // Skip leading marks and symbols: `¿`, `«`, quotes, emoji.
  while (i < text.length && i < 8 && !/[\p{L}\p{N}]/u.test(text[i]!)) i++
  return text.slice(i, i + 40).toLowerCase()
}

// Words by their first character: a line is checked against the few that can match, not all 200.
function byFirstChar(words: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>()
  for (const word of words) {
    const list = index.get(word.charAt(0))
    if (list) list.push(word)
    else index.set(word.charAt(0), [word])
  }
  return index
}

const OPENERS_BY_CHAR = byFirstChar([...OPENERS, ...TASK_VERBS])
const CJK_OPENERS_BY_CHAR = byFirstChar([...CJK_OPENERS, ...CJK_TASK_VERBS])

function startsWithWord(head: string, word: string): boolean {
  if (!head.startsWith(word)) return false
  const after = head.charAt(word.length)
  return after === '' || !/[\p{L}\p{N}]/u.test(after)
}

/**
 * True when `text` opens with a question or task word of a language other than English, or
 * (in a short line of Chinese, Japanese or Korean) holds one anywhere.
 */
export function asksInOtherLanguage(text: string): boolean {
  const head = lead(text)
  if (head === '') return false
  const first = head.charAt(0)
  for (const word of OPENERS_BY_CHAR.get(first) ?? []) if (startsWithWord(head, word)) return true
  for (const word of CJK_OPENERS_BY_CHAR.get(first) ?? []) if (head.startsWith(word)) return true
  if (text.length > SHORT_LINE) return false
  const lower = text.toLowerCase()
  for (const word of TRAILING) if (lower.includes(word)) return true
  for (const word of CJK_ANYWHERE) if (text.includes(word)) return true
  const end = text.replace(/[\s。.:：]+$/u, '')
  for (const particle of CJK_FINAL) if (end.endsWith(particle)) return true
  // Korean `…란` / `…이란` ("트랜잭션이란", "JPA N+1 문제란, 해결방안"): "what is …".
  return KOREAN_WHAT_IS.test(text)
}
