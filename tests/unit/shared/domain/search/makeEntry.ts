/** Small hand-written catalog entries for search tests. */
import type { CatalogEntry } from '../../../../../src/shared/domain/types'

let counter = 0

export function makeEntry(
  prompt: string,
  extra: Partial<Omit<CatalogEntry, 'answers'>> & { answers?: string[]; files?: string[] } = {}
): CatalogEntry {
  const id = extra.id ?? `q-${++counter}`
  const files = extra.files ?? ['notes.md']
  const section = (extra.sections ?? ['Python'])[0] ?? null
  return {
    kind: 'question',
    key: prompt.toLowerCase(),
    sections: ['Python'],
    askedIn: files.length,
    checked: null,
    links: [],
    related: [],
    ...extra,
    id,
    prompt,
    occurrences: files.map((file, i) => ({ file, line: i + 1, section })),
    answers: (extra.answers ?? []).map((markdown, i) => ({
      markdown,
      source: { file: files[0]!, line: i + 2 }
    }))
  }
}
