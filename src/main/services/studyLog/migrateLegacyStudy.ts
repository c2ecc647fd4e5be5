/**
 * The one-time move of study state from the data folder into the notebook folder: the config
 * store's per-question state and the data folder's `reviews.jsonl` become this device's logs.
 *
 * Crash-safe by construction: a backup comes first; every line it writes has an id derived
 * from the old record, so a run interrupted half-way and started again skips what is already
 * written; the marker is set only after both logs are fsync'd; and the old files are never
 * deleted (the review log is renamed to `reviews.migrated-<time>.jsonl`, the store keeps its copy).
 */
import { createHash } from 'node:crypto'
import { readFile, rename } from 'node:fs/promises'
import {
  isReviewRecord,
  isStateEvent,
  parseLog,
  reviewKey,
  type StateEvent
} from '../../../shared/domain/study/studyLogLines'
import type { ReviewRecord } from '../../../shared/domain/study/types'
import { STUDY_STATUSES, type StudySchedule, type StudyStatus } from '../../../shared/study'
import type { KeyValueStore } from '../../store/keyValueStore'
import { STORE_KEYS } from '../../store/keyValueStore'
import { readReviewLog, createReviewLogWriter } from '../review/reviewLog'
import { dataPaths } from '../dataPaths'
import { logPathOf, REVIEWS_DIR, STATE_DIR } from './studyLogFiles'

/** Store key of the marker: set once the move is complete. */
export const MIGRATION_MARKER_KEY = 'studyMigratedToNotebook'

/** The steps in order; tests stop the migration after any of them. */
export type MigrationStep = 'backup' | 'reviews' | 'states' | 'marker'

export interface MigrationOptions {
  dataDir: string
  notebookDir: string
  deviceId: string
  store: KeyValueStore
  /** Makes the safety backup (the existing backup service). */
  backup: () => Promise<unknown>
  now: number
  /** Run again even though the marker is set (a restored old backup brought state back). */
  force?: boolean
  /** Test hook: called after each step; throwing there simulates a crash. */
  afterStep?: (step: MigrationStep) => void | Promise<void>
}

export interface MigrationResult {
  ran: boolean
  reviews: number
  states: number
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

async function readKeys<T>(path: string, accept: (v: unknown) => v is T, key: (t: T) => string) {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return ''
    throw error
  })
  return new Set(parseLog(text, accept).lines.map(key))
}

/** The config store's old per-question states (`study`), as the migration reads them. */
export function legacyStates(raw: unknown): [string, Record<string, unknown>][] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return []
  return Object.entries(raw as Record<string, unknown>).filter(
    (pair): pair is [string, Record<string, unknown>] =>
      typeof pair[1] === 'object' && pair[1] !== null
  )
}

function toEvent(id: string, value: Record<string, unknown>, reviewed: boolean): StateEvent {
  const status = STUDY_STATUSES.includes(value['status'] as StudyStatus)
    ? (value['status'] as StudyStatus)
    : 'new'
  const tags = Array.isArray(value['tags'])
    ? value['tags'].filter((t): t is string => typeof t === 'string')
    : []
  const at = typeof value['updatedAt'] === 'number' ? value['updatedAt'] : 0
  const schedule = value['schedule'] as StudySchedule | undefined
  return {
    v: 1,
    // From the old state itself: a second run writes the same id, which is then skipped.
    eid: `legacy-${hash(JSON.stringify([id, value]))}`,
    id,
    at,
    status,
    favourite: value['favourite'] === true,
    tags,
    // A schedule whose reviews are no longer in the old log cannot be replayed: carry it over.
    ...(schedule && typeof schedule === 'object' && !reviewed ? { schedule } : {})
  }
}

/** Moves the data folder's study state into the notebook folder, once. */
export async function migrateLegacyStudy(options: MigrationOptions): Promise<MigrationResult> {
  const { store, notebookDir, deviceId } = options
  const legacyLog = dataPaths(options.dataDir).reviewLog
  if (store.get(MIGRATION_MARKER_KEY) && !options.force)
    return { ran: false, reviews: 0, states: 0 }
  const reviews = (await readReviewLog(legacyLog)).records
  const states = legacyStates(store.get(STORE_KEYS.study))
  const step = async (name: MigrationStep) => options.afterStep?.(name)
  if (reviews.length === 0 && states.length === 0) {
    store.set(MIGRATION_MARKER_KEY, { at: options.now, device: deviceId })
    return { ran: false, reviews: 0, states: 0 }
  }

  await options.backup()
  await step('backup')

  const reviewPath = logPathOf(notebookDir, REVIEWS_DIR, deviceId)
  const haveReviews = await readKeys(reviewPath, isReviewRecord, reviewKey)
  const reviewWriter = createReviewLogWriter<ReviewRecord>(reviewPath)
  let written = 0
  for (const record of reviews) {
    const line: ReviewRecord = {
      ...record,
      rid: record.rid ?? `legacy-${hash(JSON.stringify(record))}`,
      device: deviceId
    }
    if (haveReviews.has(reviewKey(line))) continue
    await reviewWriter.append(line)
    written++
  }
  await step('reviews')

  const reviewed = new Set(reviews.map((r) => r.id))
  const eventPath = logPathOf(notebookDir, STATE_DIR, deviceId)
  const haveEvents = await readKeys(eventPath, isStateEvent, (e) => e.eid)
  const eventWriter = createReviewLogWriter<StateEvent>(eventPath)
  let moved = 0
  for (const [id, value] of states) {
    const event = toEvent(id, value, reviewed.has(id))
    if (haveEvents.has(event.eid)) continue
    await eventWriter.append(event)
    moved++
  }
  await step('states')

  store.set(MIGRATION_MARKER_KEY, { at: options.now, device: deviceId })
  await step('marker')
  // Renamed, not deleted: nothing reads it any more, and it stays as it was for anyone looking.
  const keptAs = legacyLog.replace(/\.jsonl$/, `.migrated-${options.now}.jsonl`)
  await rename(legacyLog, keptAs).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
  })
  return { ran: true, reviews: written, states: moved }
}
