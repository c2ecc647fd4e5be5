/**
 * Cloze deletions, as Obsidian (`==text==`), Anki (`{{c1::text}}`, `{{c1::text::hint}}`) and
 * Logseq (`{{cloze text}}`) write them: the prompt shows a blank (or the hint) where text was
 * deleted, and the deleted texts are the answer.
 */

const CLOZE = /==([^=\n]+)==|\{\{c\d+::(.*?)(?:::([^}]*))?\}\}|\{\{cloze\s+([^}]+)\}\}/g

/** The text with every deletion blanked, and what was deleted, in order. */
export function blankClozes(text: string): { prompt: string; deleted: string[] } {
  const deleted: string[] = []
  const prompt = text.replace(
    CLOZE,
    (_m, mark?: string, anki?: string, hint?: string, logseq?: string) => {
      deleted.push((mark ?? anki ?? logseq ?? '').trim())
      return hint ? `[${hint.trim()}]` : '[…]'
    }
  )
  return { prompt: prompt.trim(), deleted }
}
