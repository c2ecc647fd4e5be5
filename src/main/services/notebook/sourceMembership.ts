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
  // Where each section is first met in its source (file rank, then line): the sidebar lists
  // sections in document order.
  const firstSeen = reports.map(() => new Map<string, number>())
  const placeOfFile = new Map<string, { source: number; rank: number }>()
  reports.forEach((report, source) =>
    filesOfSource(report).forEach((file, rank) => placeOfFile.set(file, { source, rank }))
  )
  for (const entry of catalog.entries)
    for (const occurrence of entry.occurrences) {
      const place = placeOfFile.get(occurrence.file)
      if (!place) continue
      const member = result[place.source]!
      member.ids.add(entry.id)
      // Heading-less occurrences get their own row, as in the Progress table.
      const name = sectionOf(occurrence)
      let section = member.sections.get(name)
      if (!section) member.sections.set(name, (section = new Set()))
      section.add(entry.id)
      const order = firstSeen[place.source]!
      const at = place.rank * 1e9 + occurrence.line
      if (at < (order.get(name) ?? Infinity)) order.set(name, at)
    }
  result.forEach((member, source) => {
    const order = firstSeen[source]!
    member.sections = new Map(
      [...member.sections].sort(([a], [b]) => order.get(a)! - order.get(b)!)
    )
  })
  return result
}
