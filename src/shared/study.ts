/** Study state kept per question in the small settings store (never in answer files). */

export const STUDY_STATUSES = ['new', 'learning', 'confident'] as const
export type StudyStatus = (typeof STUDY_STATUSES)[number]

export interface StudyState {
  status: StudyStatus
  favourite: boolean
  tags: string[]
  /** Epoch ms of the last change, 0 when never touched. */
  updatedAt: number
}

export const DEFAULT_STUDY_STATE: StudyState = {
  status: 'new',
  favourite: false,
  tags: [],
  updatedAt: 0
}
