/** A CatalogPort over a few hand-written items, for notebook service tests. */
import { buildCatalog } from '../../../../../src/shared/domain/catalog/buildCatalog'
import type { ParsedItem } from '../../../../../src/shared/domain/types'
import type { SourceInfo } from '../../../../../src/shared/ipc/types'
import type { CatalogPort } from '../../../../../src/main/services/notebook/ports'

export function item(
  file: string,
  line: number,
  prompt: string,
  section: string | null
): ParsedItem {
  return {
    kind: 'question',
    prompt,
    answer: `Answer to ${prompt}`,
    section,
    source: { file, line },
    checked: null,
    links: []
  }
}

export const FAKE_ITEMS: ParsedItem[] = [
  item('a.txt', 1, 'What is GIL?', 'Python'),
  item('a.txt', 2, 'What is a decorator?', 'Python'),
  item('a.txt', 3, 'What is a Django model?', 'Django'),
  item('b.md', 1, 'What is GIL?', 'Basics'),
  item('b.md', 2, 'Why GIL? How is thread management done in python?', 'Basics')
]

/** Two sources, a.txt and b.md, with one question asked in both. */
export function fakeCatalog(items = FAKE_ITEMS): CatalogPort & { changed: () => void } {
  let listener: (() => void) | null = null
  return {
    async load() {
      const catalog = buildCatalog(items)
      const sources: SourceInfo[] = ['a.txt', 'b.md'].map((name) => ({
        path: `builtin:${name}`,
        name,
        builtIn: true,
        kind: 'file',
        status: 'ok',
        itemCount: items.filter((i) => i.source.file === name).length,
        sections: []
      }))
      return { catalog, sources, notices: [] }
    },
    add: async (paths) => paths.map((p) => `${p}: this kind of file cannot be read`),
    remove: async (path) => {
      throw new Error(`${path} is not in your sources.`)
    },
    onChange(l) {
      listener = l
      return () => (listener = null)
    },
    dispose: async () => undefined,
    changed: () => listener?.()
  }
}
