/** A small known catalog for the study tests: two sources, three sections, a checklist. */
import type { CatalogEntry } from '../../../../../src/shared/domain/types'

/** Builds a catalog entry with only the fields a test cares about set. */
export function entry(
  id: string,
  files: string[],
  sections: string[],
  checked: boolean | null = null
): CatalogEntry {
  return {
    id,
    kind: 'question',
    prompt: `Question ${id}?`,
    key: id,
    sections,
    occurrences: files.map((file, i) => ({ file, line: i + 1, section: sections[0] ?? null })),
    answers: [{ markdown: `Answer about ${id}`, source: { file: files[0] ?? 'x.md', line: 2 } }],
    askedIn: files.length,
    checked,
    links: [],
    related: []
  }
}

export const FIXTURE: CatalogEntry[] = [
  entry('gil', ['python.md', 'mixed.md'], ['Python Core']),
  entry('decorators', ['python.md'], ['Python Core'], true),
  entry('orm', ['django.md'], ['Django ORM'], false),
  entry('middleware', ['django.md'], ['Django Framework'], true),
  entry('signals', ['django.md'], [], false)
]
