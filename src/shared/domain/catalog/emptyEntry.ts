import type { CatalogEntry, ItemKind } from '../types'

/** A catalog entry with its identity set and nothing merged into it yet. */
export function emptyEntry(id: string, key: string, kind: ItemKind, prompt: string): CatalogEntry {
  return {
    id,
    kind,
    prompt,
    key,
    sections: [],
    occurrences: [],
    answers: [],
    askedIn: 0,
    checked: null,
    links: [],
    related: []
  }
}
