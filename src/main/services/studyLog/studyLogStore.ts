/**
 * Study state (status, favourite, tags, FSRS schedule) kept in the notebook folder as this
 * device's append-only logs, read back as the replay of every device's logs.
 *
 * Why event logs rather than one state file: a state file written on two computers is one file
 * changed twice, which a file-sync tool turns into a conflict copy and git into a merge; a log
 * per device is only ever appended by that device, so syncing never merges anything, and the
 * latest change of each field wins by its timestamp (see replayStudyLogs).
 *
 * The replayed state is cached in the data folder (machine-local) with the stamps of the logs
 * it came from, so a start with unchanged logs does not replay.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import {
  applyEvent,
  applyReview,
  replayStudyLogs
} from '../../../shared/domain/study/replayStudyLogs'
import type { StateEvent } from '../../../shared/domain/study/studyLogLines'
import type { ReviewRecord } from '../../../shared/domain/study/types'
import { DEFAULT_STUDY_STATE, type StudyState } from '../../../shared/study'
import { writeFileAtomic } from '../files/atomicWrite'
import { reviewLogError } from '../review/reviewLogError'
import { createReviewLogWriter, type ReviewLogContents } from '../review/reviewLog'
import {
  logPathOf,
  readLogs,
  REVIEWS_DIR,
  sameStamps,
  stampLogs,
  STATE_DIR,
  type LogStamps
} from './studyLogFiles'

/** The hand-set fields a patch may change. */
export type StudyPatch = Partial<Pick<StudyState, 'status' | 'favourite' | 'tags'>>

export interface StudyLogStoreOptions {
  notebookDir: string
  deviceId: string
  /** The replay cache in the data folder; none: replay at every load. */
  cacheFile?: string
  now?: () => number
  /** A log's last line is torn, and so on: told once per message. */
  onWarning?: (message: string) => void
}

interface CacheFile {
  v: 1
  notebookDir: string
  stamps: LogStamps
  states: [string, StudyState][]
}

// Every review and event moves its question's updatedAt, so this is the latest logged time.
function latestOf(states: Iterable<StudyState>): number {
  let latest = 0
  for (const state of states) latest = Math.max(latest, state.updatedAt)
  return latest
}

/** Study state over the notebook folder's logs. Load before use. */
export class StudyLogStore {
  private states = new Map<string, StudyState>()
  private history: ReviewLogContents | null = null
  private stamps: LogStamps = {}
  private latest = 0
  private readonly now: () => number
  private readonly warned = new Set<string>()
  private readonly reviewWriter
  private readonly eventWriter
  // Loads and appends take turns, so a reload never sees half of an append.
  private turn: Promise<unknown> = Promise.resolve()

  constructor(private readonly options: StudyLogStoreOptions) {
    this.now = options.now ?? Date.now
    this.reviewWriter = createReviewLogWriter<ReviewRecord>(this.reviewLogPath)
    this.eventWriter = createReviewLogWriter<StateEvent>(
      logPathOf(options.notebookDir, STATE_DIR, options.deviceId)
    )
  }

  /** This device's review log. */
  get reviewLogPath(): string {
    return logPathOf(this.options.notebookDir, REVIEWS_DIR, this.options.deviceId)
  }

  /** This computer's device id (names its logs). */
  get deviceId(): string {
    return this.options.deviceId
  }

  get notebookDir(): string {
    return this.options.notebookDir
  }

  private inTurn<T>(job: () => Promise<T>): Promise<T> {
    const next = this.turn.then(job)
    this.turn = next.catch(() => undefined)
    return next
  }

  /** Reads the state: from the cache when no log changed since it was written, else by replay. */
  load(): Promise<void> {
    return this.inTurn(async () => {
      const stamps = await stampLogs(this.options.notebookDir)
      const cached = await this.readCache()
      if (
        cached &&
        cached.notebookDir === this.options.notebookDir &&
        sameStamps(cached.stamps, stamps)
      ) {
        this.states = new Map(cached.states)
        this.stamps = stamps
        this.history = null
        this.latest = latestOf(this.states.values())
        return
      }
      await this.replay(stamps)
    })
  }

  /**
   * Re-reads the logs if any changed (another device's log arriving through a sync tool).
   * Returns the ids whose state changed, empty when nothing did.
   */
  reload(): Promise<string[]> {
    return this.inTurn(async () => {
      const stamps = await stampLogs(this.options.notebookDir)
      if (sameStamps(stamps, this.stamps)) return []
      const before = this.states
      await this.replay(stamps)
      const changed: string[] = []
      for (const [id, state] of this.states)
        if (JSON.stringify(before.get(id)) !== JSON.stringify(state)) changed.push(id)
      for (const id of before.keys()) if (!this.states.has(id)) changed.push(id)
      return changed
    })
  }

  private async replay(stamps: LogStamps): Promise<void> {
    const result = replayStudyLogs(await readLogs(this.options.notebookDir, stamps))
    this.states = result.states
    this.history = { records: result.reviews, skipped: result.skipped }
    this.stamps = stamps
    this.latest = latestOf(result.states.values())
    for (const warning of result.warnings)
      if (!this.warned.has(warning)) {
        this.warned.add(warning)
        this.options.onWarning?.(warning)
      }
    await this.writeCache()
  }

  /** The stored state, or undefined for a question no log mentions. */
  stored(id: string): StudyState | undefined {
    return this.states.get(id)
  }

  /** Every question some log mentions. */
  all(): ReadonlyMap<string, StudyState> {
    return this.states
  }

  /**
   * Logs a change of hand-set fields over `base` (the stored or checklist-derived state).
   */
  update(id: string, patch: StudyPatch, base?: StudyState): Promise<StudyState> {
    return this.inTurn(async () => {
      const tags = patch.tags
        ? [...new Set(patch.tags.map((t) => t.trim()).filter(Boolean))]
        : undefined
      const start = base ?? this.states.get(id) ?? { ...DEFAULT_STUDY_STATE, tags: [] }
      // A question never touched may start from its checklist status ([x] in a source): that
      // status is logged with the first change so it is kept. Only changed fields otherwise,
      // so another device's change of a different field is not overwritten.
      const inherited = !this.states.has(id) && start.status !== DEFAULT_STUDY_STATE.status
      const at = Math.max(this.now(), 0)
      const event: StateEvent = {
        v: 1,
        eid: this.uniqueId(at),
        id,
        at,
        ...(patch.status !== undefined || inherited
          ? { status: patch.status ?? start.status }
          : {}),
        ...(patch.favourite !== undefined ? { favourite: patch.favourite } : {}),
        ...(tags !== undefined ? { tags } : {})
      }
      // Nothing to change: a line without a field would only be skipped on reading.
      if (Object.keys(event).length === 4) return applyEvent(start, event)
      await this.eventWriter.append(event).catch((error: unknown) => {
        const path = logPathOf(this.options.notebookDir, STATE_DIR, this.options.deviceId)
        throw new Error(
          `Your change could not be saved to ${path} (${error instanceof Error ? error.message : String(error)}); check the disk and the folder's permissions, then try again.`,
          { cause: error }
        )
      })
      const late = at < this.latest
      await this.afterAppend(at)
      if (late) await this.replay(await stampLogs(this.options.notebookDir))
      else this.states.set(id, applyEvent(this.states.get(id) ?? start, event))
      await this.writeCache()
      return this.states.get(id) ?? applyEvent(start, event)
    })
  }

  /** Logs a practice review (fsync'd) and applies it; returns the question's new state. */
  recordReview(record: ReviewRecord): Promise<StudyState> {
    return this.inTurn(async () => {
      const line: ReviewRecord = {
        ...record,
        rid: this.uniqueId(record.at),
        device: this.options.deviceId
      }
      await this.reviewWriter.append(line).catch((error: unknown) => {
        throw reviewLogError(error, this.reviewLogPath, 'saved')
      })
      const late = line.at < this.latest
      await this.afterAppend(line.at)
      if (late) {
        // Another device logged something later (its clock ahead): replay keeps time order.
        await this.replay(await stampLogs(this.options.notebookDir))
      } else {
        this.states.set(line.id, applyReview(this.states.get(line.id), line))
        this.history?.records.push(line)
        await this.writeCache()
      }
      return this.states.get(line.id)!
    })
  }

  /** Every distinct review of every device, in time order. */
  reviews(): Promise<ReviewLogContents> {
    return this.inTurn(async () => {
      // A log that changed since (a sync that the watcher has not reported yet) is read now,
      // so progress never shows less than what is on disk.
      const stamps = await stampLogs(this.options.notebookDir)
      if (!this.history || !sameStamps(stamps, this.stamps)) await this.replay(stamps)
      return this.history!
    })
  }

  // Our own append changes our log's stamp: record it, so reload() does not replay for it.
  private async afterAppend(at: number): Promise<void> {
    this.latest = Math.max(this.latest, at)
    const now = await stampLogs(this.options.notebookDir)
    const ours = [
      `${REVIEWS_DIR}/${this.options.deviceId}.jsonl`,
      `${STATE_DIR}/${this.options.deviceId}.jsonl`
    ]
    for (const rel of ours) if (now[rel]) this.stamps[rel] = now[rel]
  }

  private uniqueId(at: number): string {
    return `${this.options.deviceId}-${at.toString(36)}-${randomBytes(3).toString('hex')}`
  }

  private async readCache(): Promise<CacheFile | null> {
    if (!this.options.cacheFile) return null
    try {
      const value = JSON.parse(await readFile(this.options.cacheFile, 'utf8')) as CacheFile
      return value.v === 1 && Array.isArray(value.states) ? value : null
    } catch {
      // No cache or a damaged one: replaying is always correct, only slower.
      return null
    }
  }

  private async writeCache(): Promise<void> {
    const file = this.options.cacheFile
    if (!file) return
    const cache: CacheFile = {
      v: 1,
      notebookDir: this.options.notebookDir,
      stamps: this.stamps,
      states: [...this.states]
    }
    try {
      await mkdir(dirname(file), { recursive: true })
      await writeFileAtomic(file, JSON.stringify(cache))
    } catch {
      // The cache only saves time; a full disk must not fail a review that is already logged.
    }
  }
}
