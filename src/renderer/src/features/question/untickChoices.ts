/**
 * A quiz's ticked checkbox choices (`- [x] def`) give its answer away: while the reference is
 * covered, the question's detail shows every choice unticked.
 */
const TICKED_CHOICE = /^([ \t]*(?:>[ \t]?)?(?:[-*+]|\d{1,9}[.)])[ \t]+\[)[xX]\]/gm

export function untickChoices(markdown: string): string {
  return markdown.replace(TICKED_CHOICE, '$1 ]')
}
