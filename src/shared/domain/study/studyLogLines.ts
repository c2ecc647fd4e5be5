/**
 * The two kinds of line in the notebook folder's study logs, and their tolerant parser.
 *
 * `reviews/<device>.jsonl` holds one ReviewRecord per practice review; `study/<device>.jsonl`
 * holds one StateEvent per change of status, favourite or tags. Each device appends only to its
 * own two files, so a sync tool never has to merge one file written on two computers.
 */
import { STUDY_STATUSES, type StudySchedule, type StudyStatus } from '../../study'
import type { ReviewRecord } from './types'

/** One change of a question's hand-set study fields; absent fields were not changed. */
export interface StateEvent {
  v: 1
  /** Unique id of the event (device id + sequence), for de-duplication. */
  eid: string
  /** Question id. */
  id: string
  /** Epoch ms of the change. */
  at: number
  status?: StudyStatus
  favourite?: boolean
  tags?: string[]
  /**
   * A schedule carried over as is: only the one-time migration writes it, for a question whose
   * stored schedule has no reviews left in the old log to replay.
   */
  schedule?: StudySchedule
}

/** What a log's text held: the valid lines in file order, and what was skipped and why. */
export interface ParsedLog<T> {
  lines: T[]
  /** Lines that were not a valid record (hand edits, a line torn mid-write). */
  skipped: number
  /** The last line had no line break and did not parse: a crash or a sync tool mid-copy. */
  tornTail: boolean
}

/** True for a parsed value shaped like a ReviewRecord. */
export function isReviewRecord(value: unknown): value is ReviewRecord {
  if (!value || typeof value !== 'object') return false
  const r = value as Record<string, unknown>
  return (
    r['v'] === 1 &&
    typeof r['id'] === 'string' &&
    typeof r['grade'] === 'number' &&
    [1, 2, 3, 4].includes(r['grade']) &&
    typeof r['at'] === 'number' &&
    Number.isFinite(r['at']) &&
    typeof r['due'] === 'number' &&
    (r['rid'] === undefined || typeof r['rid'] === 'string')
  )
}

/** True for a parsed value shaped like a StateEvent with at least one field set. */
export function isStateEvent(value: unknown): value is StateEvent {
  if (!value || typeof value !== 'object') return false
  const e = value as Record<string, unknown>
  const status = e['status']
  const tags = e['tags']
  return (
    e['v'] === 1 &&
    typeof e['eid'] === 'string' &&
    typeof e['id'] === 'string' &&
    typeof e['at'] === 'number' &&
    Number.isFinite(e['at']) &&
    (status === undefined || STUDY_STATUSES.includes(status as StudyStatus)) &&
    (e['favourite'] === undefined || typeof e['favourite'] === 'boolean') &&
    (tags === undefined || (Array.isArray(tags) && tags.every((t) => typeof t === 'string'))) &&
    (e['schedule'] === undefined || isSchedule(e['schedule'])) &&
    (status !== undefined ||
      e['favourite'] !== undefined ||
      tags !== undefined ||
      e['schedule'] !== undefined)
  )
}

function isSchedule(value: unknown): value is StudySchedule {
  if (!value || typeof value !== 'object') return false
  const s = value as Record<string, unknown>
  const numbers = ['due', 'stability', 'difficulty', 'elapsedDays', 'scheduledDays', 'reps']
  return (
    numbers.every((k) => typeof s[k] === 'number' && Number.isFinite(s[k])) &&
    [0, 1, 2, 3].includes(s['state'] as number) &&
    (s['lastReview'] === null || typeof s['lastReview'] === 'number')
  )
}

/** Parses JSONL text with `accept` deciding which values count; bad lines are counted, never fatal. */
export function parseLog<T>(text: string, accept: (value: unknown) => value is T): ParsedLog<T> {
  const lines: T[] = []
  let skipped = 0
  let tornTail = false
  const raw = text.split('\n')
  raw.forEach((line, index) => {
    if (!line.trim()) return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      skipped += 1
      if (index === raw.length - 1) tornTail = true
      return
    }
    if (accept(value)) lines.push(value)
    else skipped += 1
  })
  return { lines, skipped, tornTail }
}

/** The de-duplication key of a review: its id, or (older lines) what it was about and when. */
export function reviewKey(record: ReviewRecord): string {
  return record.rid ?? `${record.id}@${record.at}#${record.grade}`
}
