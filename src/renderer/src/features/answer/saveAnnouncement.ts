/**
 * What a screen reader hears about autosave. The visible indicator steps through Unsaved,
 * Saving… and Saved with every pause in typing; announcing each would talk over the user's own
 * typing echo. So only settled news is said: a failure, a conflict, the save that follows one,
 * and the first save of the open answer (that autosave works at all).
 */
import type { AutosaveStatus } from './autosaver'

export interface SaveAnnouncementMemory {
  /** The last settled state: transient unsaved/saving never change it. */
  settled: 'saved' | 'error' | 'conflict'
  /** Whether a save of this answer has been announced yet. */
  announcedSave: boolean
  /** The answer was edited since it was opened (opening it is no save to speak of). */
  edited: boolean
}

export const INITIAL_SAVE_MEMORY: SaveAnnouncementMemory = {
  settled: 'saved',
  announcedSave: false,
  edited: false
}

/** The memory after `status`, and the sentence to announce now (null: stay quiet). */
export function nextSaveAnnouncement(
  memory: SaveAnnouncementMemory,
  status: AutosaveStatus
): { memory: SaveAnnouncementMemory; text: string | null } {
  const { state } = status
  if (state === 'unsaved' || state === 'saving')
    return { memory: { ...memory, edited: true }, text: null }
  if (state === 'error') {
    if (memory.settled === 'error') return { memory, text: null }
    const why = status.error ? `: ${status.error}` : ''
    return {
      memory: { ...memory, settled: 'error' },
      text: `Your answer was not saved${why}. Retrying; your text is still here.`
    }
  }
  if (state === 'conflict') {
    if (memory.settled === 'conflict') return { memory, text: null }
    return {
      memory: { ...memory, settled: 'conflict' },
      text: 'Your answer was changed elsewhere too: choose which version to keep.'
    }
  }
  const recovered = memory.settled !== 'saved'
  const first = memory.edited && !memory.announcedSave
  const say = recovered || first
  const next = { ...memory, settled: 'saved' as const, announcedSave: memory.announcedSave || say }
  return { memory: next, text: say ? 'Saved.' : null }
}
