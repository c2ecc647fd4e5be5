/**
 * Quiz stems that ask without a question mark or an interrogative:
 *   "An octet holds 8 bits (T/F)", "True or False: Python is compiled."  (true/false)
 *   "DNS maps a __________ to an address."                               (fill in the blank)
 * Both are written by people setting a quiz and never occur in plain notes, so either one
 * marks the text as a question wherever it stands.
 */

// `(T/F)`, `[True/False]`, `(True or False)`, `(V/F)`, `(Vrai/Faux)`, `(Richtig/Falsch)` at the end.
const TRUE_FALSE_TAIL =
  /[([][ \t]*(?:t|true|v|verdadero|verdadeiro|vrai|richtig|wahr|верно|правда)[ \t]*(?:\/|or|o|ou|oder|или)[ \t]*(?:f|false|falso|faux|falsch|неверно|ложь)[ \t]*[)\]][ \t]*[.:?]?$/i
// `T/F: …`, `True or False: …`, `True/False - …` at the start.
const TRUE_FALSE_LEAD = /^(?:\(?t\/f\)?|true[ \t]*(?:\/|or)[ \t]*false)[ \t]*[:.)-]/i

/** True for a true/false statement marked as such at its end or start. */
export function isTrueFalseStatement(text: string): boolean {
  const t = text.trim()
  // The tail pattern is bounded; run it on the tail only.
  return TRUE_FALSE_TAIL.test(t.slice(-32)) || TRUE_FALSE_LEAD.test(t.slice(0, 24))
}

// A blank is a run of underscores (Markdown may escape each one: `\_\_\_\_`).
const BLANK_RUN = 4

/** True when the text leaves a blank to fill in, and has words around it. */
export function hasFillInBlank(text: string): boolean {
  let run = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '_') {
      if (++run >= BLANK_RUN) return /\p{L}/u.test(text)
    } else if (!(c === '\\' && text[i + 1] === '_')) run = 0
  }
  return false
}

// `Cierto`, `False.`, `**Verdadero**`: an answer that is only a truth value.
const TRUTH_VALUE =
  /^(?:true|false|t|f|verdadero|falso|cierto|verdadeiro|vrai|faux|richtig|falsch|wahr|vero|sbagliato|верно|неверно|правда|ложь|doğru|yanlış|benar|salah|đúng|sai|prawda|fałsz|正确|错误|對|錯|正しい|誤り|맞다|틀리다)[.!]?$/iu

/** True when an answer says only "true" or "false" (in the languages above). */
export function isTruthValue(answer: string): boolean {
  const t = answer.replace(/[*_`]/g, '').trim()
  return t.length <= 20 && TRUTH_VALUE.test(t)
}

/** A true/false statement or a fill-in-the-blank stem. */
export function isQuizStem(text: string): boolean {
  return isTrueFalseStatement(text) || hasFillInBlank(text)
}

// `Email is a good fit for a queue. (True)`: a statement with its verdict at the end.
const VERDICT_TAIL =
  /^(.{8,}?\S)[ \t]*[([][ \t]*((?:true|false|verdadero|falso|cierto|verdadeiro|vrai|faux|richtig|falsch|vero|верно|неверно|doğru|yanlış|benar|salah|đúng|sai|prawda|fałsz))[ \t]*[)\]][ \t]*[.!]?$/iu

/** A true/false statement answered at its end: the statement and the verdict, else null. */
export function verdictAtEnd(text: string): { statement: string; verdict: string } | null {
  const t = text.trim()
  if (t.length > 600) return null
  const m = VERDICT_TAIL.exec(t)
  if (!m || !m[1] || !m[2] || m[1].split(/\s+/).length < 3) return null
  return { statement: m[1], verdict: m[2] }
}
