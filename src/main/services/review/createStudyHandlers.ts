/**
 * The study-mode channels (`study:startSession`, `study:review`, `study:progress`), given the
 * notebook's catalog and study-state store. The composition root spreads these into its
 * handler set; the arguments are validated against the contract before they get here.
 */
import type { CatalogEntry } from '../../../shared/domain/types'
import type { Handlers } from '../../../shared/ipc/contract'
import type { SearchRequest, SearchResponse } from '../../../shared/ipc/types'
import type { StudyState } from '../../../shared/study'
import { effectiveStudyState } from '../../../shared/domain/study/checklistImport'
import { computeProgress, endOfLocalDay } from '../../../shared/domain/study/computeProgress'
import { scheduleReview, statusAfterReview } from '../../../shared/domain/study/scheduleReview'
import { buildSession, type ScopeContext } from '../../../shared/domain/study/selectSession'
import type { ReviewRecord, StudyScope } from '../../../shared/domain/study/types'
import type { ReviewLogContents } from './reviewLog'

export type StudyChannel = 'study:startSession' | 'study:review' | 'study:progress'
export type StudyHandlers = Pick<Handlers, StudyChannel>

/** Where reviews are logged and read back: the notebook folder's per-device logs. */
export interface ReviewHistory {
  append(record: ReviewRecord): Promise<void>
  /** Every review so far; treat the result as read-only. */
  read(): Promise<ReviewLogContents>
}

export interface StudyHandlerDeps {
  /** The current catalog entries. */
  getEntries: () => readonly CatalogEntry[] | Promise<readonly CatalogEntry[]>
  /** The stored study state, or undefined for a question never touched (checklist applies). */
  getStudy: (id: string) => StudyState | undefined
  /**
   * Told a question's whole study state (status and FSRS schedule) after a review was logged
   * (the store has it from the logged review already: this is for the search and the catalog).
   */
  setStudy: (id: string, state: StudyState) => void | Promise<void>
  history: ReviewHistory
  now: () => number
  /** The document names a source stands for (a folder has several); default: the name itself. */
  filesOf?: (source: string) => string[]
  /** Ids with a saved "My answer"; without it every question counts as unanswered. */
  answeredIds?: () => ReadonlySet<string> | Promise<ReadonlySet<string>>
  /** The notebook's search, for search-scoped sessions; without it words are matched plainly. */
  search?: (request: SearchRequest) => Promise<SearchResponse>
  /** Minutes the local clock is ahead of UTC at `now`; defaults to this process's zone. */
  utcOffsetMinutes?: (now: number) => number
}

const MAX_SEARCH_HITS = 100000

function localOffset(now: number): number {
  return -new Date(now).getTimezoneOffset()
}

/** Builds the study handlers over the given catalog, state store and review log. */
export function createStudyHandlers(deps: StudyHandlerDeps): StudyHandlers {
  const { history } = deps
  const offsetAt = deps.utcOffsetMinutes ?? localOffset
  const studyOf = (entry: Pick<CatalogEntry, 'id' | 'checked'>): StudyState =>
    effectiveStudyState(entry, deps.getStudy(entry.id))

  async function searchIds(scope: StudyScope): Promise<string[] | undefined> {
    if (scope.kind !== 'search' || !deps.search || !scope.query.trim()) return undefined
    const response = await deps.search({ query: scope.query, limit: MAX_SEARCH_HITS })
    return response.hits.map((hit) => hit.id)
  }

  return {
    async 'study:startSession'({ scope, limit, early }) {
      // Entries first: getEntries waits for the notebook's start-up, which the others need.
      const entries = await deps.getEntries()
      const [answered, ids] = await Promise.all([
        deps.answeredIds?.() ?? new Set<string>(),
        searchIds(scope)
      ])
      const now = deps.now()
      const context: ScopeContext = {
        entries,
        studyOf,
        isAnswered: (id) => answered.has(id),
        now,
        dueBy: endOfLocalDay(now, offsetAt(now)),
        ...(early ? { early } : {}),
        ...(ids ? { searchIds: ids } : {}),
        ...(deps.filesOf ? { filesOf: deps.filesOf } : {})
      }
      return buildSession(scope, context, limit)
    },

    async 'study:review'({ id, grade, draft }) {
      const entry = (await deps.getEntries()).find((e) => e.id === id)
      if (!entry) throw new Error(`No question with id ${id} in the notebook.`)
      const now = deps.now()
      const before = studyOf(entry)
      const { schedule, record } = scheduleReview(id, before.schedule, grade, now, draft)
      // The log line is the durable record of the review, so it is fsync'd before the state
      // moves; a crash in between leaves history one review ahead, never a lost review.
      await history.append(record)
      const status = statusAfterReview(before.status, grade, schedule)
      await deps.setStudy(id, { ...before, status, schedule, updatedAt: now })
      return { id, grade, status, schedule, reviewedAt: now }
    },

    async 'study:progress'({ days }) {
      const [entries, log] = await Promise.all([deps.getEntries(), history.read()])
      const now = deps.now()
      return computeProgress({
        entries,
        studyOf,
        reviews: log.records,
        now,
        utcOffsetMinutes: offsetAt(now),
        ...(days ? { days } : {}),
        skippedLogLines: log.skipped
      })
    }
  }
}
