/**
 * Cleaning of prompts and section titles: decoration goes (numbering and markers are removed
 * by the format that recognised them), wording stays as written.
 */

import { NUMBERING } from './lineShapes'

const SPACES = /[ \t\u00a0]+/g
// `How are they useful?38.`: a list number glued to the end of the previous line.
const STRAY_NUMBER_AFTER_MARK = /([?!)])[ \t]*\d{1,4}\.[ \t]*$/
const STRAY_NUMBER_AFTER_PERIOD = /(\.)[ \t]+\d{1,4}\.[ \t]*$/
// "Asyncio ---> rarely ask", "Singleton ( rarely ask)", "Hashing mechanism ? Rarely ask":
// a remark about the interview, not part of the question.
const RARELY_ASKED =
  /[ \t]*(?:-+>|=>|[-–—])?[ \t]*\(?[ \t]*(?:very[ \t]+)?rarely[ \t]+ask(?:ed)?[ \t]*\)?[ \t]*$/i

// `Que fait [::-1] ? (1,5pt)`, `… (2 marks)`: the points an exam gives, not part of the question.
/** An exam's marks at the end of a prompt or label: `(2 pts)`, `[10 marks]`, `（6点）`. */
export const POINTS =
  /[ \t]*[([（][ \t]*\d{1,3}(?:[.,]\d{1,2})?[ \t]*(?:pts?|points?|marks?|punkte?|puntos?|pontos?|баллов|балла|балл|分|点)\.?[ \t]*[)\]）]$/iu

/** `&nbsp;`, `&#8195;` (em space) and their kin: spaces written as entities. */
export const SPACE_ENTITY =
  /&(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#819[45]|#x200[23]|#12288|#x3000);/gi

// `_Django_` is italic; `snake_case`, `__init__` and `_private` are names.
const UNDERSCORE_ITALIC = /(^|[^\w\\])_(?=[^\s_])([^_]*?[^\s_\\])_(?!\w)/g

function stripBoldPairs(segment: string): string {
  return segment
    .replace(UNDERSCORE_ITALIC, '$1$2')
    .replace(/\*\*(?=\S)([^*]+?)\*\*/g, '$1')
    .replace(/__(?=\S)([^_]+?)__(?!\w)/g, (m, inner: string) =>
      // `__init__` is a name, not bold.
      /^\w+$/.test(inner) ? m : inner
    )
}

/** Removes `**bold**` outside inline code; `**kwargs` and `` `**opts` `` are left alone. */
export function stripEmphasis(text: string): string {
  if (!text.includes('*') && !text.includes('_')) return text
  let t = text
  const outer = /^\*\*([^]*)\*\*([:.]?)$/.exec(t)
  if (outer && outer[1] !== undefined && !outer[1].startsWith('*')) t = outer[1] + (outer[2] ?? '')
  const single = /^\*([^*]+)\*$/.exec(t)
  if (single && single[1]) t = single[1]
  // Odd indexes are inline code spans.
  const parts = t.split('`')
  for (let i = 0; i < parts.length; i += 2) parts[i] = stripBoldPairs(parts[i]!)
  return parts.join('`')
}

// `🔹 What is REST?`, `✅ Example Answer`: a decorative symbol in front of the words.
const LEADING_SYMBOLS = /^(?:[\p{Extended_Pictographic}\p{So} \t]|\uFE0F|\u200D)+(?=\S)/u

// Inline HTML in a prompt (`### Генераторы <a name="gen"></a>`) is markup; `List<String>` is not.
const PROMPT_TAG =
  /<\/?(?:a|span|b|strong|i|em|u|sup|sub|small|mark|font|kbd|br|img|p|div)\b[^<>]*>/gi

const GLUED_DASH = /^-(?=[¿¡\p{Lu}])/u

/** Cleans a prompt: emphasis, glued list numbers, "rarely ask" remarks, runs of spaces. */
export function cleanPrompt(text: string): string {
  if (text.includes('<')) text = text.replace(PROMPT_TAG, ' ').replace(/<\/?code>/gi, '`')
  if (text.includes('&')) text = text.replace(SPACE_ENTITY, ' ')
  let t = /[\t\u00a0]| {2}/.test(text) ? text.replace(SPACES, ' ').trim() : text.trim()
  t = t.replace(LEADING_SYMBOLS, '')
  // `-¿Qué es SQL?`, `-La sentencia DROP…`: a list dash typed without its space.
  if (t.startsWith('-')) t = t.replace(GLUED_DASH, '')
  // `1.  ### What is X?`: a heading written inside a list entry; its hashes are markup.
  if (t.startsWith('#')) t = t.replace(/^#{1,6}[ \t]+(?=\S)/, '')
  t = stripEmphasis(t).trim()
  // `**Q2. What is X?**` loses its marker and leaves an unmatched `**` at the end.
  if (t.endsWith('**') && (t.match(/\*\*/g)?.length ?? 0) % 2 === 1) t = t.slice(0, -2).trim()
  if (/\d\.[ \t]*$/.test(t))
    t = t.replace(STRAY_NUMBER_AFTER_MARK, '$1').replace(STRAY_NUMBER_AFTER_PERIOD, '$1')
  // Anchored at the end and bounded inside, so it only looks at the tail.
  if (t.endsWith(')') || t.endsWith(']') || t.endsWith('）')) {
    const tail = t.slice(-24).replace(POINTS, '')
    const withoutPoints = (t.slice(0, Math.max(0, t.length - 24)) + tail).trim()
    if (withoutPoints !== '') t = withoutPoints
  }
  // The remark regex is unanchored; only run it when the word is there.
  const rarely = t.toLowerCase().lastIndexOf('rarely')
  if (rarely >= 0 && t.length - rarely <= 40) {
    // Matched on the tail only: the remark pattern's runs of spaces are cheap there.
    const cut = Math.max(0, rarely - 24)
    const withoutRemark = (t.slice(0, cut) + t.slice(cut).replace(RARELY_ASKED, '')).trim()
    if (withoutRemark !== '') t = withoutRemark
  }
  // `\_\_\_\_`: a blank to fill in, escaped for Markdown; a prompt is shown as text. (Other
  // escapes stay: prompts written with them keep the ids they have.)
  if (t.includes('\\_\\_')) t = unescapeBlanks(t)
  return t.trim()
}

function unescapeBlanks(text: string): string {
  const parts = text.split('`')
  for (let i = 0; i < parts.length; i += 2)
    parts[i] = parts[i]!.replace(/(?:\\_){2,}/g, (run) => run.replace(/\\/g, ''))
  return parts.join('`')
}

function titleCaseShouting(text: string): string {
  // Only shouting (all capitals) is recased; short words stay as acronyms (API, ORM, HTTP).
  if (!/\p{L}/u.test(text) || text !== text.toUpperCase()) return text
  return text.replace(/\p{L}+/gu, (w) => (w.length <= 4 ? w : w[0] + w.slice(1).toLowerCase()))
}

/** Cleans a heading or banner into a section title (`**Django Framework**` → `Django Framework`). */
export function cleanSection(text: string, options: { banner?: boolean } = {}): string {
  let t = text.replace(SPACES, ' ').trim().replace(LEADING_SYMBOLS, '')
  t = stripEmphasis(t).trim()
  t = t.replace(NUMBERING, '')
  t = t.replace(/[ \t]*:+$/, '').trim()
  if (options.banner) t = titleCaseShouting(t)
  return t
}

const URL = /https?:\/\/[^\s<>()"'`[\]{}]+/g

const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '*', '_'])

function trimTrailingPunctuation(url: string): string {
  let end = url.length
  while (end > 0 && TRAILING_PUNCTUATION.has(url[end - 1]!)) end--
  return url.slice(0, end)
}

/** http(s) URLs in `text`, without trailing punctuation, in order, de-duplicated. */
export function extractLinks(text: string, into: string[] = []): string[] {
  if (!text.includes('http')) return into
  for (const m of text.matchAll(URL)) {
    const url = trimTrailingPunctuation(m[0])
    if (url.length > 8 && !into.includes(url)) into.push(url)
  }
  return into
}
