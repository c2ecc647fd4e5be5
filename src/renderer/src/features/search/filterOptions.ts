/** Labels and option lists the filter chips (and the result badges) show. */
import type { SourceInfo } from '@shared/ipc/types'
import type { StudyStatus } from '@shared/study'
import type { ChipOption } from './ChipMenu'

export const STATUS_LABELS: Record<StudyStatus, string> = {
  new: 'New',
  learning: 'Learning',
  confident: 'Confident'
}

/** Sections of the selected sources (or of all sources), merged by name with summed counts. */
export function sectionOptions(sources: SourceInfo[], selectedSources: string[]): ChipOption[] {
  const counts = new Map<string, number>()
  for (const source of sources) {
    if (selectedSources.length > 0 && !selectedSources.includes(source.name)) continue
    for (const s of source.sections) counts.set(s.name, (counts.get(s.name) ?? 0) + s.total)
  }
  return [...counts].map(([name, count]) => ({ value: name, label: name, count }))
}
