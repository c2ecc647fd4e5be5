/**
 * The small persistent store the services see: electron-store in the app, conf in tests, the
 * CLI and the browser bridge. Both rewrite one JSON file on every set, so it holds only
 * settings, window bounds, sources and per-question study state.
 */
export interface KeyValueStore {
  get(key: string): unknown
  set(key: string, value: unknown): void
}

/** Top-level keys in config.json. */
export const STORE_KEYS = {
  settings: 'settings',
  window: 'window',
  study: 'study',
  sources: 'sources'
} as const

/** An in-memory store for tests and throwaway sessions. */
export function createMemoryStore(initial: Record<string, unknown> = {}): KeyValueStore {
  const data = new Map(Object.entries(structuredClone(initial)))
  return {
    get: (key) => structuredClone(data.get(key)),
    set: (key, value) => void data.set(key, structuredClone(value))
  }
}
