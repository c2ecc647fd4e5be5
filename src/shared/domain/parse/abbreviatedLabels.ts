/**
 * Abbreviated answer labels: `R/ texto`, `**R/:** texto`, `Rpta.: texto`, `Resp.: texto`,
 * `Отв.: текст`. Spanish and Portuguese notes shorten Respuesta/Resposta to `R/` or `Rta.`,
 * Russian ones Ответ to `Отв.`; the slash or the dot keeps the word from matching `labels.ts`.
 *
 * Only forms that are not ordinary words or option letters are listed: `R/` and `R//` always
 * label, the dotted abbreviations need a colon, and a lone `R:` only labels when it is bold
 * (`**R:**`), since a plain `R:` opens glossary lines about the R language; English `Ans.` needs
 * only its dot. `A.` is left out: it
 * is the first option of a multiple-choice list.
 *
 * The expressions only ever see a capped head of a line.
 */

const HEAD = 40
// `R/`, `R//`, `R/:` with or without the emphasis around it.
const SLASHED = /^(?:\*\*|__)?[ \t]*R\/{1,2}(?![\p{L}\p{N}])[ \t]*[:：]?[ \t]*(?:\*\*|__)?/u
// `Rta.:`, `Rpta:`, `Resp.:`, `Отв.:`, Polish `Odp:`, Dutch/German `Antw.:`, Turkish `Cev.:`:
// an abbreviation, an optional dot, then a colon.
const DOTTED =
  /^(?:\*\*|__)?[ \t]*(?:rta|rpta|resp|отв|odp|odpow|antw|cev)\.?[ \t]*(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?/iu
// `Ans. 3`, `**Ans.** B`: English's abbreviation with its dot, and a space instead of a colon
// (`Ans.:` is matched by `labels.ts`).
const ANS_DOT = /^(?:\*\*|__)?[ \t]*ans\.(?:\*\*|__)?[ \t]+(?=\S)/i
// `**R:**`: a bold single R with its colon inside or right after the emphasis.
const BOLD_R = /^(?:\*\*|__)R[ \t]*(?:[:：][ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*[:：])/

// `**S:** …` / `**C:** …` (Soru/Cevap), `**P:**`/`**R:**` (Pregunta/Respuesta), `**F:**` (Frage),
// `**В:**`/`**О:**` (Вопрос/Ответ): a bold initial of another language's question or answer
// word. Bold only: a plain `C:` or `F:` opens notes about the C language or a drive letter.
const BOLD_INITIAL =
  /^(?:\*\*|__)([\p{Lu}])[ \t]*(?:[:：][ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*[:：])/u
const INITIAL_ROLE = new Map<string, 'question' | 'answer'>([
  ['S', 'question'],
  ['P', 'question'],
  ['F', 'question'],
  ['В', 'question'],
  ['C', 'answer'],
  ['О', 'answer'],
  ['J', 'answer']
])

/** A bold initial label (`**S:** text`): its role and the text after it; null without one. */
export function boldInitialLabel(
  text: string
): { role: 'question' | 'answer'; rest: string } | null {
  const m = BOLD_INITIAL.exec(text.slice(0, HEAD))
  const role = m?.[1] ? INITIAL_ROLE.get(m[1]) : undefined
  if (!m || !role) return null
  const rest = text.slice(m[0].length).trim()
  return { role, rest: /^[*_]{1,3}$/.test(rest) ? '' : rest }
}

/** The text after an abbreviated answer label at the head of a line; null without one. */
export function abbreviatedAnswer(text: string): { rest: string; word: string } | null {
  const head = text.slice(0, HEAD)
  const m = SLASHED.exec(head) ?? DOTTED.exec(head) ?? ANS_DOT.exec(head) ?? BOLD_R.exec(head)
  if (!m) return null
  const rest = text.slice(m[0].length).trim()
  const word = m[0].replace(/[*_:：\s]/g, '').toLowerCase()
  return { rest: /^[*_]{1,3}$/.test(rest) ? '' : rest, word }
}
