/** Entries grouped under the section they are filed in, keeping the caller's order. */
import type { CatalogEntry } from '../types'
import { primarySection } from './renderQuestion'

/** Heading used for entries that appear under no section in any source. */
export const NO_SECTION_TITLE = 'Other questions'

export interface SectionGroup {
  /** The section's name, or NO_SECTION_TITLE. */
  title: string
  entries: CatalogEntry[]
}

/** Groups in order of each section's first entry; entries keep their relative order. */
export function groupBySection(entries: readonly CatalogEntry[]): SectionGroup[] {
  const groups = new Map<string, SectionGroup>()
  for (const entry of entries) {
    const title = primarySection(entry) ?? NO_SECTION_TITLE
    let group = groups.get(title)
    if (!group) {
      group = { title, entries: [] }
      groups.set(title, group)
    }
    group.entries.push(entry)
  }
  return [...groups.values()]
}
