/**
 * A cloze line as a question: `The ==GIL== lets one thread run` or Anki/Logseq's
 * `{{c1::GIL}}` asks the line with each deletion blanked, and answers with what was deleted.
 */

const CLOZE = /==([^=\n]+)==|\{\{c\d+::([^}]*?)(?:::([^}]*))?\}\}|\{\{cloze ([^}]+)\}\}/g

/** The card a cloze line makes, or null when the line deletes nothing. */
export function clozeCard(line: string): { prompt: string; answer: string } | null {
  const deleted: string[] = []
  const prompt = line.replace(
    CLOZE,
    (_m, mark?: string, anki?: string, hint?: string, logseq?: string) => {
      deleted.push((mark ?? anki ?? logseq ?? '').trim())
      return hint ? `[${hint.trim()}]` : '[…]'
    }
  )
  if (deleted.length === 0) return null
  return { prompt: prompt.trim(), answer: deleted.join('; ') }
}
