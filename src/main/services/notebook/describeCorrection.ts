/** Corrections in words, for notices, the undo message and the "no longer match" list. */
import type { Override, OverrideReport } from '../../../shared/domain/overrides/types'
import type { CorrectionNote } from '../../../shared/ipc/types'

function quote(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim()
  return `"${one.length > max ? `${one.slice(0, max - 1)}…` : one}"`
}

/** What a correction does, as a short phrase ("Prompt changed to "…"", "Hidden"). */
export function describeCorrection(override: Override): string {
  const { change } = override
  switch (change.type) {
    case 'prompt':
      return `Prompt changed to ${quote(change.value)}`
    case 'kind':
      return change.value === 'topic' ? 'Marked as a topic' : 'Marked as a question'
    case 'section':
      return change.value ? `Moved to section ${quote(change.value)}` : 'Moved out of its section'
    case 'hidden':
      return 'Marked "Not a question"'
    case 'merge':
      return `Merged into ${quote(change.into.prompt)}`
    case 'split-answer':
      return 'Split into prompt and answer'
    case 'split-questions':
      return `Split into ${change.parts.length} questions`
  }
}

/** The corrections that need the user's eye: orphaned first, then stale. */
export function correctionNotes(report: OverrideReport): CorrectionNote[] {
  const notes: CorrectionNote[] = []
  for (const outcome of ['orphaned', 'stale'] as const)
    for (const result of report.results)
      if (result.outcome === outcome)
        notes.push({
          id: result.override.id,
          outcome,
          prompt: result.override.target.prompt,
          description: describeCorrection(result.override)
        })
  return notes
}
