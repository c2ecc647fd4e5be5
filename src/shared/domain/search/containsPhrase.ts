/** Phrase search: the words of a quoted phrase, in order, next to each other. */
import { primaryTerms } from './tokenize'

/** True when `phrase` (normalised terms) occurs in `text` as consecutive tokens. */
export function containsPhrase(text: string, phrase: readonly string[]): boolean {
  if (phrase.length === 0) return true
  const terms = primaryTerms(text)
  outer: for (let i = 0; i + phrase.length <= terms.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (terms[i + j] !== phrase[j]) continue outer
    return true
  }
  return false
}
