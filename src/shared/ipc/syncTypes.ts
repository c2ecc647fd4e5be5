/** What crosses the boundary about git sync: the settings the renderer edits and the status it shows. */

/** The machine's sync settings (kept in the data folder, never in the synced notebook folder). */
export interface SyncSettings {
  /** https remote (plain http only to this computer); '' = no remote. */
  remoteUrl: string
  /** Minutes between automatic syncs; 0 = off. */
  intervalMinutes: number
  onStart: boolean
  onQuit: boolean
}

export const DEFAULT_SYNC_SETTINGS: SyncSettings = {
  remoteUrl: '',
  intervalMinutes: 0,
  onStart: true,
  onQuit: true
}

/** A step of a sync under way. */
export type SyncPhase = 'committing' | 'fetching' | 'merging' | 'pushing'

/** How one sync ended. */
export interface SyncOutcome {
  /**
   * `synced`: both sides have everything; `committed`: committed here, not pushed (no remote,
   * offline, refused); `conflicts`: files wait for the user's choice; `failed`: nothing changed.
   */
  result: 'synced' | 'committed' | 'conflicts' | 'failed'
  /** One sentence for the status line. */
  message: string
  at: number
  /** Files the user must choose in (conflict blocks written into them). */
  conflicts: string[]
  /** Local changes committed by this sync. */
  committed: number
  /** Files the pull changed in the notebook folder. */
  pulled: number
  pushed: boolean
}

/** Everything the Sync section shows. The token itself never reaches the renderer. */
export interface SyncStatus {
  settings: SyncSettings
  tokenSet: boolean
  /** False when the OS cannot encrypt a token (then only public or local remotes work). */
  tokenStorage: boolean
  running: boolean
  phase: SyncPhase | null
  last: SyncOutcome | null
}
