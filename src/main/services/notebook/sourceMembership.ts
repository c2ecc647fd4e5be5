/** Which catalog entries each source holds, overall and per section. */
import { sectionOf } from '../../../shared/domain/catalog/occurrenceSections'
import type { Catalog } from '../../../shared/domain/types'
import type { SourceInfo } from '../../../shared/ipc/types'
import type { SourceMembership } from './ports'

/** The SourceRef.file names a source's documents go by (its own name when not listed). */
export function filesOfSource(source: SourceInfo): string[] {
  return source.files ?? [source.name]
}

/**
 * Which entries each source holds, read from the entries' own occurrences (each knows its file
 * and the heading it sits under there), so nothing is parsed or normalised twice.
 */
export function membershipOf(catalog: Catalog, reports: readonly SourceInfo[]): SourceMembership[] {
  const result: SourceMembership[] = reports.map(() => ({ ids: new Set(), sections: new Map() }))
  const sourceOfFile = new Map<string, SourceMembership>()
  reports.forEach((report, i) => {
    for (const file of filesOfSource(report)) sourceOfFile.set(file, result[i]!)
  })
  for (const entry of catalog.entries)
    for (const occurrence of entry.occurrences) {
      const member = sourceOfFile.get(occurrence.file)
      if (!member) continue
      member.ids.add(entry.id)
      // Heading-less occurrences get their own row, as in the Progress table.
      const name = sectionOf(occurrence)
      let section = member.sections.get(name)
      if (!section) member.sections.set(name, (section = new Set()))
      section.add(entry.id)
    }
  return result
}
