/** Which sections an entry sits under in one source, read from its own occurrences there. */
import type { CatalogEntry, Occurrence } from '../types'

/** Label for questions that sit under no heading in a source. */
export const NO_SECTION = '(no section)'

/** The section of one occurrence, or NO_SECTION when it has none. */
export function sectionOf(occurrence: Occurrence): string {
  return occurrence.section || NO_SECTION
}

/**
 * The sections (NO_SECTION for heading-less occurrences) the entry is asked under in `file`,
 * de-duplicated in first-seen order. Another source's headings never leak in.
 */
export function sectionsInSource(entry: CatalogEntry, file: string): string[] {
  const names: string[] = []
  for (const occurrence of entry.occurrences) {
    if (occurrence.file !== file) continue
    const name = sectionOf(occurrence)
    if (!names.includes(name)) names.push(name)
  }
  return names
}
