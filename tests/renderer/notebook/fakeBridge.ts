/**
 * A fake `window.notebook` for the notebook's component tests: handlers per channel, every call
 * recorded, events emitted by hand. Installed on `window` only inside a test.
 */
import type { NotebookApi } from '@shared/ipc/api'
import type { CatalogEntry } from '@shared/domain/types'
import type {
  Bootstrap,
  CatalogOverview,
  EntryView,
  SearchHit,
  SearchRequest,
  SearchResponse
} from '@shared/ipc/types'
import { DEFAULT_SETTINGS } from '@shared/settings'
import { DEFAULT_STUDY_STATE } from '@shared/study'

export interface FakeCall {
  channel: string
  args: unknown[]
}

type Handler = (...args: never[]) => unknown

export interface FakeBridge {
  calls: FakeCall[]
  /** Calls of one channel, in order. */
  callsTo: (channel: string) => unknown[][]
  /** Throws when nobody listens: an event sent before the app subscribed would be lost. */
  emit: (event: string, payload: unknown) => void
  /** Whether the app has subscribed to `event` yet (its effects run after the first paint). */
  listening: (event: string) => boolean
  handle: (channel: string, handler: Handler) => void
}

export function hit(id: string, prompt: string, extra: Partial<SearchHit> = {}): SearchHit {
  return {
    id,
    prompt,
    section: 'Python Core',
    score: 1,
    askedIn: 1,
    answered: false,
    status: 'new',
    favourite: false,
    checked: null,
    matches: {},
    ...extra
  }
}

export function overview(): CatalogOverview {
  return {
    totalEntries: 3,
    totalItems: 4,
    answered: 1,
    confident: 0,
    sources: [
      {
        path: 'builtin:python.md',
        name: 'python.md',
        builtIn: true,
        kind: 'file',
        status: 'ok',
        itemCount: 3,
        sections: [
          { name: 'Python Core', total: 2, answered: 1, confident: 0 },
          { name: 'Django ORM', total: 1, answered: 0, confident: 0 }
        ]
      }
    ]
  }
}

export function entryView(
  id: string,
  answers: string[],
  extra: Partial<CatalogEntry> = {}
): EntryView {
  const entry: CatalogEntry = {
    id,
    kind: 'question',
    prompt: `Prompt of ${id}?`,
    key: id,
    sections: ['Python Core'],
    occurrences: answers.map((_, i) => ({ file: `source${i + 1}.md`, line: 10 + i })),
    answers: answers.map((markdown, i) => ({
      markdown,
      source: { file: `source${i + 1}.md`, line: 11 + i }
    })),
    askedIn: answers.length,
    checked: null,
    links: [],
    related: [],
    ...extra
  }
  return { entry, note: null, study: { ...DEFAULT_STUDY_STATE, tags: [] }, related: [] }
}

/** Filters a fixed hit list the way the engine would, enough for UI tests. */
export function searchOver(hits: SearchHit[]): (req: SearchRequest) => SearchResponse {
  return (req) => {
    const words = req.query.toLowerCase().split(/\s+/).filter(Boolean)
    const matched = hits.filter((h) => words.every((w) => h.prompt.toLowerCase().includes(w)))
    const offset = req.offset ?? 0
    return {
      total: matched.length,
      hits: matched.slice(offset, offset + (req.limit ?? 50)),
      fallback: false,
      tookMs: 1
    }
  }
}

/** Installs the fake on window with sensible defaults for every channel the notebook uses. */
export function installFakeBridge(boot: Partial<Bootstrap> = {}): FakeBridge {
  const calls: FakeCall[] = []
  const listeners = new Map<string, Array<(payload: unknown) => void>>()
  let settings = { ...DEFAULT_SETTINGS, ...boot.settings }
  const handlers = new Map<string, Handler>([
    [
      'app:bootstrap',
      () => ({
        overview: overview(),
        notices: [],
        dataDir: '/data',
        notebookDir: '/data/notes',
        session: null,
        ...boot,
        settings
      })
    ],
    ['catalog:overview', () => overview()],
    ['search:query', searchOver([])],
    ['catalog:entry', (id: string) => entryView(id, ['An answer.'])],
    ['notes:load', () => null],
    ['settings:update', (patch: object) => (settings = { ...settings, ...patch })],
    ['study:update', (_id: string, patch: object) => ({ ...DEFAULT_STUDY_STATE, ...patch })],
    ['shell:openExternal', () => true],
    ['conflicts:list', () => []],
    ['session:save', () => undefined]
  ])
  const api: NotebookApi = {
    invoke: (async (channel: string, ...args: unknown[]) => {
      calls.push({ channel, args })
      const handler = handlers.get(channel)
      if (!handler) throw new Error(`No fake handler for ${channel}`)
      return (handler as (...a: unknown[]) => unknown)(...args)
    }) as NotebookApi['invoke'],
    on: ((event: string, listener: (payload: unknown) => void) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener])
      return () =>
        listeners.set(
          event,
          (listeners.get(event) ?? []).filter((l) => l !== listener)
        )
    }) as NotebookApi['on']
  }
  Object.defineProperty(window, 'notebook', { value: api, configurable: true, writable: true })
  return {
    calls,
    callsTo: (channel) => calls.filter((c) => c.channel === channel).map((c) => c.args),
    emit: (event, payload) => {
      const heard = listeners.get(event) ?? []
      if (heard.length === 0) throw new Error(`Nobody listens to ${event} yet`)
      heard.forEach((l) => l(payload))
    },
    listening: (event) => (listeners.get(event) ?? []).length > 0,
    handle: (channel, handler) => handlers.set(channel, handler)
  }
}

/** jsdom lays nothing out; give scroll containers a size so the virtual list renders rows. */
export function fakeLayout(height = 800, width = 400): void {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => height
  })
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => width
  })
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get: () => height
  })
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', {
    configurable: true,
    get: () => width
  })
}
