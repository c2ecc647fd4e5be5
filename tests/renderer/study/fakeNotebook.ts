/** A fake `window.notebook` for study component tests: canned answers, every call recorded. */
import type { NotebookApi } from '@shared/ipc/api'
import type { CatalogEntry } from '@shared/domain/types'
import type { EntryView, NoteDoc } from '@shared/ipc/types'
import type { ProgressReport } from '@shared/domain/study/types'
import { DEFAULT_STUDY_STATE } from '@shared/study'

export interface FakeCall {
  channel: string
  args: unknown[]
}

export function entryView(id: string, reference: string, note: string | null): EntryView {
  const entry: CatalogEntry = {
    id,
    kind: 'question',
    prompt: `Prompt ${id}?`,
    key: id,
    sections: ['Python Core'],
    occurrences: [{ file: 'python.md', line: 3 }],
    answers: [{ markdown: reference, source: { file: 'python.md', line: 4 } }],
    askedIn: 1,
    checked: null,
    links: [],
    related: []
  }
  const doc: NoteDoc | null =
    note === null ? null : { id, markdown: note, revision: `rev-${id}`, updatedAt: 1 }
  return { entry, note: doc, study: { ...DEFAULT_STUDY_STATE, tags: [] }, related: [] }
}

const EMPTY_PROGRESS: ProgressReport = {
  totals: { total: 0, new: 0, learning: 0, confident: 0, dueToday: 0 },
  forecast: [],
  sources: [],
  days: [],
  streak: 0,
  reviewedToday: 0,
  totalReviews: 0,
  skippedLogLines: 0
}

export interface FakeOptions {
  views: Record<string, EntryView>
  progress?: ProgressReport
  cards?: string[]
  /** What catalog:overview lists as sources (none by default). */
  sources?: unknown[]
  /** Cards due later today that a due session reports (and studies when early). */
  laterToday?: { ids: string[]; learning: number; inMs: number }
}

/** Installs the fake on window and returns the call log. */
export function installFakeNotebook(options: FakeOptions): FakeCall[] {
  const calls: FakeCall[] = []
  // Real time: the summary words due dates against the wall clock.
  let clock = Date.now()
  const api: NotebookApi = {
    invoke: (async (channel: string, ...args: unknown[]) => {
      calls.push({ channel, args })
      switch (channel) {
        case 'catalog:entry':
          return options.views[args[0] as string] ?? null
        case 'study:review': {
          const { id, grade } = args[0] as { id: string; grade: number }
          clock += 1000
          const due = clock + (grade === 1 ? 10 * 60_000 : grade * 24 * 3600_000)
          return { id, grade, status: 'learning', schedule: { due }, reviewedAt: clock }
        }
        case 'notes:save':
          return { ok: true, revision: 'rev-new', savedAt: clock }
        case 'study:startSession': {
          const request = args[0] as { early?: boolean }
          const later = options.laterToday
          const ids = request.early && later ? later.ids : (options.cards ?? [])
          const cards = ids.map((id) => ({
            id,
            prompt: `Prompt ${id}?`,
            sections: [],
            status: 'new',
            due: null
          }))
          const laterToday =
            later && !request.early
              ? { count: later.ids.length, learning: later.learning, nextDue: clock + later.inMs }
              : null
          return { cards, matched: cards.length, dueNow: 0, laterToday, startedAt: clock }
        }
        case 'study:progress':
          return options.progress ?? EMPTY_PROGRESS
        case 'catalog:overview':
          return {
            totalEntries: 0,
            totalItems: 0,
            answered: 0,
            confident: 0,
            sources: options.sources ?? []
          }
        default:
          throw new Error(`unexpected channel ${channel}`)
      }
    }) as NotebookApi['invoke'],
    on: () => () => undefined
  }
  ;(window as unknown as { notebook: NotebookApi }).notebook = api
  return calls
}
