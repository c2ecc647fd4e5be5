/**
 * "Reset to New" for a source's checked items: questions ticked `[x]` in the file start as
 * Learning (checklistImport); this finds the ones still in that untouched starting state.
 */
import type { CatalogEntry } from '../types'

/**
 * Ids of the entries of `files` that are checked and have no stored study state: the user never
 * changed them, so their Learning status is only the checklist's. A status set since is kept.
 */
export function checkedStartIds(
  entries: readonly Pick<CatalogEntry, 'id' | 'checked' | 'occurrences'>[],
  files: readonly string[],
  hasStoredState: (id: string) => boolean
): string[] {
  const inSource = new Set(files)
  return entries
    .filter(
      (e) =>
        e.checked === true &&
        !hasStoredState(e.id) &&
        e.occurrences.some((o) => inSource.has(o.file))
    )
    .map((e) => e.id)
}
