/**
 * The words of a merge key that say what a question is about, for finding related questions.
 * Question words, filler and the ever-present "python"/"django" say nothing.
 */

const STOP_WORDS = new Set(
  (
    'a an the and or not no of in on at to for from by with without into over under about as is ' +
    'are was were be been being am do does did done doing have has had can could would should ' +
    'will shall may might must it its this that these those there their they them we you your i ' +
    'me my our he she his her what whats which who whom whose when where why how if then than ' +
    'so such also just only very more most some any all each every other others both either ' +
    'neither between difference differences diff differ different vs versus explain describe ' +
    'define definition mean meaning concept example examples give provide use used using uses ' +
    'usecase usecases case cases work works working way ways write implement make makes made ' +
    'get handle handled handling like one two best common important main key type types ' +
    'python pythonic django e g eg etc question questions tell know understand many much ' +
    'purpose role done happen happens'
  ).split(' ')
)

/** Plural and simple verb endings folded, so "decorators" and "decorator" share a term. */
export function stemTerm(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 4 && /(sses|xes|ches|shes)$/.test(word)) return word.slice(0, -2)
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1)
  return word
}

/** Distinct stemmed content terms of a normalised key, in first-seen order. */
export function distinctiveTerms(key: string): string[] {
  const terms: string[] = []
  const add = (term: string): void => {
    if (term.length >= 2 && !STOP_WORDS.has(term) && !terms.includes(term)) terms.push(term)
  }
  for (const word of key.split(/[\s-]+/)) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue
    add(stemTerm(word))
    // `__slots__` and "slots" are about the same thing.
    const bare = word.replace(/^_+|_+$/g, '')
    if (bare !== word) add(stemTerm(bare))
  }
  return terms
}
