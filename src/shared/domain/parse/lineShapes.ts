import { digitsValue } from './digits'

/**
 * Recognisers for single lines (trimmed text in, facts out). Each is an anchored regex with no
 * nested quantifiers, so a 10 MB document cannot trigger catastrophic backtracking.
 */

const SEPARATOR_SAME = /^([-_=*#~+.•·])(?:[ \t]*\1){2,}$/
const SEPARATOR_MIXED = /^[-_=*#~+]{3,}$/
// `<hr>`, `<hr />`: the HTML rule READMEs put between entries.
const HTML_RULE = /^<hr[ \t]*\/?>$/i

/** `----`, `____`, `====`, `#####`, `***`, `* * *`, `<hr />`: a rule, never an item. */
export function isSeparator(text: string): boolean {
  return SEPARATOR_SAME.test(text) || SEPARATOR_MIXED.test(text) || HTML_RULE.test(text)
}

const BANNER = /^[*#=~_+-]{3,}[ \t]*([^*#=~_+\-\s][^*#=~]*?)[ \t]*[*#=~_+-]{3,}$/

// `***b) Esquema flexible***`: bold italic text (three marks tight against it), not a banner.
const BOLD_ITALIC = /^(?:\*{3}|_{3})[^*_\s]/

/** `*****DJANGO:*****` or `=== Flask ===`: the text inside the decoration, else null. */
export function bannerText(text: string): string | null {
  // Banners are short; the cap keeps the lazy group from going quadratic on a huge line.
  if (text.length > 300 || BOLD_ITALIC.test(text)) return null
  const m = BANNER.exec(text)
  const inner = m?.[1]?.trim()
  return inner && /\p{L}/u.test(inner) ? inner : null
}

const MONTHS =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december'
const MONTH_SET = new Set(MONTHS.split('|'))
const NUMERIC_DATE = /^(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})$/
const DAY_MONTH_YEAR = /^\d{1,2}(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+\d{4}$/i
const MONTH_DAY_YEAR = /^([a-z]{3,9})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$/i
// "Monday, 25 April 2018": the weekday adds nothing a section name could use.
const WEEKDAY =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+/i

/** A line that is only a date (`25/04/2018`, `2018-04-25`, `25 April 2018`), bold or not. */
export function isBareDate(text: string): boolean {
  if (text.length > 40 || text.length < 6) return false
  const t = text
    .replace(/^\*\*|\*\*$/g, '')
    .replace(/:$/, '')
    .trim()
    .replace(WEEKDAY, '')
  if (NUMERIC_DATE.test(t)) return true
  const m = DAY_MONTH_YEAR.exec(t) ?? MONTH_DAY_YEAR.exec(t)
  return !!m && !!m[1] && MONTH_SET.has(m[1].toLowerCase())
}

/**
 * Leading numbering of an item or heading (digits of any script, `৩.`, `٣)`, `３．`): `12. `, `12) `, `**3.** `, `5、`, `（3）`, and
 * `3.输入…` (Chinese and Japanese text often has no space after the number), and a number in
 * inline code (`` `7`. `` / `` **`7`**. ``, as READMEs write it so Markdown does not renumber).
 */
export const NUMBERING =
  /^(?:\*\*)?`?（?(\p{Nd}{1,4})`?(?:\*\*)?[.)、．）](?:\*\*)?(?:[ \t]+|(?=[^\p{ASCII}\s]))/u

// `### 2.3. Dictionary`, `## 1.2.1 Closures`: a chapter.section number, not part of the name
// (headings of course notes numbered this way are their subsections).
export const OUTLINE_NUMBERING = /^\p{Nd}{1,3}(?:\.\p{Nd}{1,3}){1,3}\.?[ \t]+(?=\S)/u

/** `1. text`, `1) text`, `**1.** text`: the number and the text, else null. */
const NUMBERED =
  /^(?:\*\*)?`?（?(\p{Nd}{1,4})`?(?:\*\*)?[.)、．）](?:\*\*)?(?:[ \t]+|(?=[^\p{ASCII}\s]))(\S.*)$/u
export function numberedItem(text: string): { n: number; rest: string } | null {
  const m = NUMBERED.exec(text)
  return m && m[1] && m[2] ? { n: digitsValue(m[1]), rest: m[2] } : null
}

const BULLET = /^[-*+•][ \t]+(\S.*)$/
/** `- text`, `* text`, `+ text`: the text, else null. */
export function bulletItem(text: string): string | null {
  return BULLET.exec(text)?.[1] ?? null
}

const CHECKBOX = /^\[([ xX✓✔])?\][ \t]*(.*)$/
/** `[x] text` / `[ ] text` (after the list marker): the state and the text, else null. */
export function checkbox(rest: string): { checked: boolean; rest: string } | null {
  const m = CHECKBOX.exec(rest)
  if (!m) return null
  const mark = m[1] ?? ' '
  return { checked: mark !== ' ', rest: m[2] ?? '' }
}

// `Que.` (hand-typed notes) abbreviates "question" only with its mark: "Que fait…" is French.
const Q_PREFIX =
  /^(?:\*\*)?(?:q|ques|question|que(?=[.:)]))[ \t]*(?:\d{1,4}[ \t]*)?(?:[.:)](?:\*\*)?[ \t]*|[-–—](?:\*\*)?[ \t]+)(\S.*)$/i
// `Q-1 what is Django ?`, `Q- 3 Explain…`, `Q#2: …`: a number joined to the Q by a dash or `#`.
const Q_JOINED_NUMBER =
  /^(?:\*\*)?(?:q|ques|question)[ \t]*[-–—#][ \t]*\d{1,4}[ \t]*(?:[.:)-](?:\*\*)?)?[ \t]+(\S.*)$/i
// `-- 🧪 Q1: …` in an SQL script, `// Q2: …` in a JavaScript one: the question in a comment.
const COMMENT_LEAD =
  /^(?:--|\/\/)[ \t]+(?:[\p{Extended_Pictographic}\p{So}]\uFE0F?[ \t]*){0,3}(?=q)/iu
/** `Q. text`, `Q: text`, `Q1) text`, `Question 3: text`, `Q-1 text`: the text, else null. */
export function questionPrefix(text: string): string | null {
  const body = text.replace(COMMENT_LEAD, '')
  const m = Q_JOINED_NUMBER.exec(body) ?? Q_PREFIX.exec(body)
  if (m) return m[1] ?? null
  const italic = ITALIC_Q.exec(text)
  return italic ? unwrapItalic(italic[1]!) : null
}

// `*Q: Describe an IPv4 packet*`: the whole line in italics, closed or not (`*Q: What…`).
const ITALIC_Q = /^\*(?!\*)((?:q|question)[ \t]*\d{0,4}[ \t]*[.:)][ \t]*\S.*)$/i

function unwrapItalic(inner: string): string | null {
  const rest = Q_PREFIX.exec(inner)?.[1]
  if (rest === undefined) return null
  // The closing `*` may come before the question mark (`*Q: Explain X*?`).
  return rest.replace(/\*([?:.]?)[ \t]*$/, '$1').trimEnd()
}

// `Ans:-` and `Ans -:` (marker pairs common in hand-typed notes) count as one marker.
// `Model answer:` / `Sample answer:` (course notes and prep guides) are answer markers too.
const ANSWER_WORD =
  /^(?:\*\*)?(?:(?:model|sample|suggested|expected|ideal)[ \t]+)?(?:ans|answer|answers)(?:\*\*)?[ \t]*(?::[-–—]|[-–—]:|[-–—:.)]|=>)(?:\*\*)?:?[ \t]*(.*)$/i
// `A.` and `A)` are left out: they letter quiz options and enumerations (`a. …`, `b. …`).
const ANSWER_LETTER = /^(?:\*\*)?a[ \t]*(?::|[-–—]|=>)(?:\*\*)?(?:[ \t]+(.*)|$)/i
const ANSWER_ARROW = /^(?:=+>|-+>)[ \t]*(.*)$/
// `_Answer is 3) A constant_`, `**The correct answer is b) j**`: a sentence that gives the answer.
const ANSWER_IS =
  /^(\*\*|__|\*|_)?(?:the[ \t]+)?(?:correct[ \t]+|right[ \t]+)?answer[ \t]+is\b[ \t]*(?::[ \t]*)?(\S.*)$/i

function answerSentence(text: string): string | null {
  const m = ANSWER_IS.exec(text)
  if (!m || m[2] === undefined) return null
  const open = m[1]
  return open && m[2].endsWith(open) ? m[2].slice(0, -open.length).trimEnd() : m[2]
}

// `Ans The answer…` or a bare `Ans` line: the abbreviation is never an English word.
const ANSWER_BARE = /^(?:\*\*)?ans(?:\*\*)?(?:[ \t]+(\S.*))?$/i

/**
 * `Ans- text`, `Answer: text`, `**Answer**: text`, `A: text`, `=> text`: the text after the
 * marker, else null.
 */
export function answerMarker(text: string): string | null {
  const m =
    ANSWER_WORD.exec(text) ??
    ANSWER_LETTER.exec(text) ??
    ANSWER_ARROW.exec(text) ??
    ANSWER_BARE.exec(text)
  return m ? unclosed(text.slice(0, 2), m[1] ?? '') : answerSentence(text)
}

const BOLD_WHOLE = /^\*\*[^*]+\*\*[ \t]*[:.?]?$/
const BOLD_ASKING = /^\*\*[^*]*\?[ \t]*\*\*/

/**
 * A list entry written all in bold (`**What is X**`), or whose bold part asks: the way chat
 * exports mark questions. `**Client Request**: A user…` is a bold label, not a question.
 */
export function isBoldQuestion(rest: string): boolean {
  return rest.startsWith('**') && (BOLD_WHOLE.test(rest) || BOLD_ASKING.test(rest))
}

// The number may be a range of the questions the section holds (`🔹 11–20: Data Structures`).
const SYMBOL_TITLE =
  /^[\p{Extended_Pictographic}\p{So}]\uFE0F?[ \t]*\d{1,3}(?:[-–—]\d{1,3})?[.:][ \t]+(\p{L}[^.?!:]{0,60})$/u

/**
 * `🧠 1. Core Backend Concepts` or `🔹 11–20: Data Structures`: a numbered title behind an
 * emoji (a section), else null.
 */
export function symbolTitle(text: string): string | null {
  return SYMBOL_TITLE.exec(text)?.[1]?.trim() ?? null
}

/** A line that is only a link. */
export function isUrlOnly(text: string): boolean {
  return /^<?https?:\/\/\S+?>?$/.test(text)
}

/** Opens a `<details>` block (an answer hidden behind a disclosure). */
export function opensDetails(text: string): boolean {
  return /^<details\b/i.test(text)
}

// A pointing emoji often leads the closing remark of a chat answer ("👉 These answers are…");
// an offer to go on ("Would you like help tailoring…?", "If you want, I can also…") closes
// it too.
const FILLER =
  /^(?:👉[ \t]*)?(?:(?:these|this set of) (?:answers|questions|responses)\b|would you like (?:me to|help|more|further)\b|(?:if you(?:'|’)?d like|if you want)[, ]+(?:i can|i could|me to)\b|(?:do you )?want me to\b|just (?:tell|let) me\b|here(?:'|’)?s\b|here (?:is|are)\b|let me know\b|i hope\b|hope (?:this|that|it)\b|feel free\b|sure[,!.]|certainly[,!.]|of course[,!.]|below (?:is|are)\b|good luck\b|happy (?:coding|learning|studying)\b|as an ai\b|great question\b|thanks? (?:you )?for reading\b|thank you\b)/i

/** Chatty lines a chat assistant leaves in a pasted list ("Here are the answers to..."). */
export function isFiller(text: string): boolean {
  return FILLER.test(text)
}

// One link back ("Back to questions", "↥ back to top", "Volver al índice", "Вернуться к…").
const BACK_LINK =
  /^[\s*_]*\[?[\s*_]*(?:(?:[↑↥⬆^]|🔝)\uFE0F?[ \t]*)?(?:back to|return to|go to top|top of page|volver|regresar|voltar|retour|zurück|torna|вернуться|назад|наверх|返回|回到|トップへ)[^[\]()<>]{0,60}(?:\]\([^()\s]*\))?[\s*_]*$/i

// `[⬆ Back to top](#contents)`, `**[Volver a índice](#índice)**`, `:arrow_up:[…](#top)`.
const NAV_LINK = /\[[^\][]*\]\(#[^()\s]*\)/y
// Beside an in-page link, a short-labelled link elsewhere ("[Back](https://…)/[Up](#top)").
const SHORT_LINK = /\[[^\][]{1,24}\]\([^()\s]+\)/y
const NAV_DECORATION = /[\s*_|•·/]+|:[a-z_]{2,30}:|[\p{Extended_Pictographic}\p{So}\uFE0F]/uy

/**
 * A line that only links elsewhere in the same page (back-to-top, back-to-index; beside it,
 * maybe a short-labelled link out, "[Back](https://…)/[Up](#top)"): navigation, never part of
 * an answer or an item. Scanned left to right with sticky patterns (linear).
 */
export function isNavigationLine(text: string): boolean {
  if (text.length < 200 && BACK_LINK.test(text.replace(/<[^<>]*>/g, ' '))) return true
  if (!text.includes('](#') && !/<a\s+href="#/i.test(text.slice(0, 200))) return false
  if (/^<a\s+href="#[^"]*"[^<>]*>[^<]*<\/a>$/i.test(text.slice(0, 300))) return true
  let links = 0
  let i = 0
  while (i < text.length) {
    NAV_LINK.lastIndex = i
    if (NAV_LINK.test(text)) {
      links++
      i = NAV_LINK.lastIndex
      continue
    }
    SHORT_LINK.lastIndex = i
    if (SHORT_LINK.test(text)) {
      i = SHORT_LINK.lastIndex
      continue
    }
    NAV_DECORATION.lastIndex = i
    if (NAV_DECORATION.test(text)) {
      i = NAV_DECORATION.lastIndex
      continue
    }
    return false
  }
  return links > 0
}

// `**Answer: b) merge**`: the emphasis opened before the label closes at the end of the text.
export function unclosed(head: string, rest: string): string {
  if (head !== '**' && head !== '__') return rest
  const t = rest.trimEnd()
  if (!t.endsWith(head)) return rest
  return t.split(head).length % 2 === 0 ? t.slice(0, -2).trimEnd() : rest
}
