import type { ItemKind, ParsedItem } from '../../../../../src/shared/domain/types'

/** A parsed item with sensible defaults, for hand-built catalogs. */
export function item(
  prompt: string,
  file = 'a.txt',
  line = 1,
  extra: Partial<Omit<ParsedItem, 'prompt' | 'source'>> & { kind?: ItemKind } = {}
): ParsedItem {
  return {
    kind: 'question',
    prompt,
    answer: null,
    section: null,
    checked: null,
    links: [],
    ...extra,
    source: { file, line }
  }
}
