/** Sync conflicts as the renderer sees them: ids and texts, never paths it could send back. */

/** How a conflict was left: a sync tool's copy beside the file, or git markers inside it. */
export type SyncConflictKind = 'copy' | 'markers'

/** What to keep: this computer's text, the other's, or both (the other under a separator). */
export type ConflictChoice = 'mine' | 'theirs' | 'both'

export interface SyncConflict {
  /** Opaque id given by the main process; the only thing `conflicts:resolve` takes. */
  id: string
  kind: SyncConflictKind
  /** The question's prompt, or the file's name for a notebook file that is not an answer. */
  title: string
  /** Who left it, for the user: "Dropbox", "Syncthing", "git merge"… */
  tool: string
  /** The file name shown (no folder). */
  fileName: string
  mine: string
  theirs: string
  /** False where appending one text under the other would break the file (JSON). */
  canKeepBoth: boolean
}

export interface ConflictResolution {
  /** One sentence saying what was kept. */
  message: string
  /** The answer's question id when an answer changed (the renderer reloads it). */
  entryId: string | null
}
