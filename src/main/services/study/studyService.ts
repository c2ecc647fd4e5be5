/**
 * Per-question study state (status, favourite, tags) in the small store, never in answer files,
 * so answers stay clean to diff. Only questions someone touched are stored.
 */
import {
  DEFAULT_STUDY_STATE,
  STUDY_STATUSES,
  type StudySchedule,
  type StudyState,
  type StudyStatus
} from '../../../shared/study'
import type { KeyValueStore } from '../../store/keyValueStore'
import { STORE_KEYS } from '../../store/keyValueStore'

export type StudyPatch = Partial<Pick<StudyState, 'status' | 'favourite' | 'tags'>>

function normaliseState(raw: unknown): StudyState | null {
  if (!raw || typeof raw !== 'object') return null
  const value = raw as Record<string, unknown>
  return {
    status: STUDY_STATUSES.includes(value['status'] as StudyStatus)
      ? (value['status'] as StudyStatus)
      : DEFAULT_STUDY_STATE.status,
    favourite: value['favourite'] === true,
    tags: Array.isArray(value['tags'])
      ? value['tags'].filter((t): t is string => typeof t === 'string')
      : [],
    updatedAt: typeof value['updatedAt'] === 'number' ? value['updatedAt'] : 0,
    // The review schedule is owned by study mode; kept as stored.
    ...(value['schedule'] && typeof value['schedule'] === 'object'
      ? { schedule: value['schedule'] as StudySchedule }
      : {})
  }
}

/** Study state per question id. Reads once, writes the whole map on each change (it is small). */
export class StudyService {
  private states: Map<string, StudyState>

  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = Date.now
  ) {
    const raw = store.get(STORE_KEYS.study)
    this.states = new Map()
    if (raw && typeof raw === 'object')
      for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
        const state = normaliseState(value)
        if (state) this.states.set(id, state)
      }
  }

  /** The stored state, or undefined for a question never touched. */
  stored(id: string): StudyState | undefined {
    return this.states.get(id)
  }

  /** Every stored state (questions never touched are absent). */
  all(): ReadonlyMap<string, StudyState> {
    return this.states
  }

  /**
   * Applies a patch over `base` (the stored or checklist-derived state) and stores the result.
   * Tags are trimmed and de-duplicated.
   */
  update(id: string, patch: StudyPatch, base?: StudyState): StudyState {
    const tags = patch.tags ? [...new Set(patch.tags.map((t) => t.trim()).filter(Boolean))] : null
    const next: StudyState = {
      ...(base ?? this.states.get(id) ?? { ...DEFAULT_STUDY_STATE, tags: [] }),
      ...patch,
      ...(tags ? { tags } : {}),
      updatedAt: this.now()
    }
    this.put(id, next)
    return next
  }

  /** Stores a whole state (study mode writes status and schedule together). */
  put(id: string, state: StudyState): void {
    this.states.set(id, state)
    this.store.set(STORE_KEYS.study, Object.fromEntries(this.states))
  }
}
