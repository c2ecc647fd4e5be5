/**
 * The user's added sources, as kept in the settings store. What comes back from the store is
 * validated: a hand-edited or older config.json can hold anything.
 */
import { isAbsolute } from 'node:path'
import { z } from 'zod'

/** The part of electron-store / conf the registry needs; tests pass a Map-backed object. */
export interface KeyValueStore {
  get(key: string): unknown
  set(key: string, value: unknown): void
}

/** A file or folder the user added. */
export interface UserSource {
  /** Absolute path. */
  path: string
  kind: 'file' | 'folder'
}

/** Key of the user's sources in config.json. */
export const SOURCES_STORE_KEY = 'sources'

const userSourceSchema = z.object({
  path: z.string().min(1).refine(isAbsolute, 'must be an absolute path'),
  kind: z.enum(['file', 'folder'])
})

/**
 * The valid sources stored under `key`, in stored order, without duplicates. Invalid entries are
 * dropped (and reported in `dropped`) rather than failing the whole list.
 */
export function readUserSources(
  store: KeyValueStore,
  key = SOURCES_STORE_KEY
): { sources: UserSource[]; dropped: number } {
  const raw = store.get(key)
  if (!Array.isArray(raw)) return { sources: [], dropped: raw === undefined ? 0 : 1 }
  const sources: UserSource[] = []
  let dropped = 0
  for (const value of raw) {
    const parsed = userSourceSchema.safeParse(value)
    if (!parsed.success || sources.some((s) => s.path === parsed.data.path)) {
      dropped++
      continue
    }
    sources.push({ path: parsed.data.path, kind: parsed.data.kind })
  }
  return { sources, dropped }
}

/** Replaces the stored list. */
export function writeUserSources(
  store: KeyValueStore,
  sources: readonly UserSource[],
  key = SOURCES_STORE_KEY
): void {
  store.set(
    key,
    sources.map((s) => ({ path: s.path, kind: s.kind }))
  )
}

/** A KeyValueStore over a Map, for tests and one-off command-line runs. */
export function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore {
  const map = new Map(Object.entries(initial))
  return { get: (key) => map.get(key), set: (key, value) => void map.set(key, value) }
}
