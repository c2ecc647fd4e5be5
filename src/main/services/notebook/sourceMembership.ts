/** Which catalog entries each source holds, overall and per section. */
import { normalizePrompt } from '../../../shared/domain/catalog/normalizePrompt'
import { NO_SECTION } from '../../../shared/domain/catalog/occurrenceSections'
import type { Catalog, ParsedItem } from '../../../shared/domain/types'
import type { SourceInfo } from '../../../shared/ipc/types'
import type { SourceMembership } from './ports'

/**
 * Which entries each source holds. Items come in source order and each report counts its own
 * items, so consecutive slices of `items` belong to consecutive sources.
 */
export function membershipOf(
  catalog: Catalog,
  reports: readonly SourceInfo[],
  items: readonly ParsedItem[]
): SourceMembership[] {
  const idOfKey = new Map(catalog.entries.map((e) => [e.key, e.id]))
  const result: SourceMembership[] = []
  let at = 0
  for (const report of reports) {
    const member: SourceMembership = { ids: new Set(), sections: new Map() }
    for (const item of items.slice(at, at + report.itemCount)) {
      const id = idOfKey.get(normalizePrompt(item.prompt))
      if (!id) continue
      member.ids.add(id)
      // Heading-less items get their own row, as in the Progress table.
      const name = item.section || NO_SECTION
      let section = member.sections.get(name)
      if (!section) member.sections.set(name, (section = new Set()))
      section.add(id)
    }
    at += report.itemCount
    result.push(member)
  }
  return result
}
