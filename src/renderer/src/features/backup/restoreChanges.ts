/** The lines of a restore preview, in the words a user checks before saying yes. */
import type { RestorePreview } from '@shared/ipc/types'
import { countOf } from '@renderer/components/countOf'

/** The lines of the preview; a change that does not happen is left out rather than shown as 0. */
export function restoreChanges(preview: RestorePreview): string[] {
  const { changed, added, onlyCurrent, settingsChanged, studyStateCount } = preview
  const lines: string[] = []
  if (changed.length > 0)
    lines.push(
      `replace ${countOf(changed.length, 'answer that differs', 'answers that differ')} from the backup`
    )
  if (added.length > 0)
    lines.push(`bring back ${countOf(added.length, 'answer', 'answers')} you no longer have`)
  if (studyStateCount > 0 || settingsChanged)
    lines.push(
      [
        studyStateCount > 0
          ? `restore the study status of ${countOf(studyStateCount, 'question', 'questions')}`
          : '',
        settingsChanged ? 'restore your settings' : ''
      ]
        .filter(Boolean)
        .join(' and ')
    )
  if (onlyCurrent.length > 0)
    lines.push(
      `keep ${countOf(onlyCurrent.length, 'answer', 'answers')} written since, which the backup does not have`
    )
  return lines
}
