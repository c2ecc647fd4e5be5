/** Result and argument shapes that cross the renderer ↔ main boundary. Plain data only. */
import type { ParseReport, UnusedLine } from '../domain/parse/parseReport'
import type { CatalogEntry, ItemKind } from '../domain/types'
import type { StudyState } from '../study'
import type { Settings } from '../settings'
import type { ExportFormat } from '../domain/export/types'
import type { RestoredSession } from './sessionTypes'
import type { SearchFilters } from '../domain/search/types'

export type { ExportFormat }

// The search shapes are domain data (the engine and filters speak them); the contract carries them.
export type {
  MatchRanges,
  SearchFilters,
  SearchHit,
  SearchRequest,
  SearchResponse
} from '../domain/search/types'

export type {
  ProgressReport,
  ProgressRequest,
  ReviewGrade,
  ReviewRequest,
  ReviewResult,
  SessionCard,
  StartSessionRequest,
  StudyScope,
  StudySessionStart
} from '../domain/study/types'

export interface NoteDoc {
  id: string
  markdown: string
  /** Opaque content hash of what is on disk, for conflict detection. */
  revision: string
  updatedAt: number
}

export interface NoteSaveRequest {
  id: string
  markdown: string
  /** The revision the editor started from; null for a new note. */
  baseRevision: string | null
}

export type NoteSaveResult =
  | { ok: true; revision: string; savedAt: number }
  | { ok: false; conflict: { diskMarkdown: string; diskRevision: string; keptAs: string } }

export interface RelatedLink {
  id: string
  prompt: string
}

export interface EntryView {
  entry: CatalogEntry
  note: NoteDoc | null
  study: StudyState
  related: RelatedLink[]
  /** Set when the entry is one of My questions (it can be edited and deleted as such). */
  myQuestion?: MyQuestionInput
}

/** A question the user adds or edits in the app (kept in My questions.md). */
export interface MyQuestionInput {
  prompt: string
  /** Reference answer as Markdown; '' for none. */
  answer: string
  /** '' for none. */
  section: string
  kind: ItemKind
  tags: string[]
}

/** A correction asked for from the question view (the main process adds the parsed `base`). */
export type CorrectionRequest =
  | { type: 'prompt'; value: string }
  | { type: 'kind'; value: ItemKind }
  | { type: 'section'; value: string }
  | { type: 'hide' }
  | { type: 'restore' }
  | { type: 'merge'; into: string }
  | { type: 'split-answer'; at: number }
  | { type: 'split-questions'; parts: string[] }

/** What a correction (or its undo) did: the entry to show now and a sentence for the notice. */
export interface CorrectionResult {
  id: string
  prompt: string
  message: string
}

/** A correction that no longer applies cleanly, in words. */
export interface CorrectionNote {
  /** The correction's id (for discarding it). */
  id: string
  outcome: 'stale' | 'orphaned'
  /** The prompt the correction was made on. */
  prompt: string
  /** What it does: "Hide", "Prompt → …". */
  description: string
}

/** What adding a file or folder would bring, shown before anything changes. */
export interface SourcePreview {
  path: string
  name: string
  kind: 'file' | 'folder'
  files: number
  items: number
  questions: number
  topics: number
  answered: number
  /** The first items, in document order. */
  sample: Array<{ prompt: string; kind: ItemKind; section: string | null; answered: boolean }>
  warnings: string[]
  /** The first unused lines (see `unusedCount` for all). */
  unusedLines: Array<UnusedLine & { file: string }>
  unusedCount: number
  /** Set when it cannot be added (not found, not a document, nothing readable). */
  error?: string
}

export interface SectionNode {
  name: string
  total: number
  answered: number
  confident: number
}

export interface SourceInfo {
  /** Absolute path, or `builtin:<file>` for shipped seeds. */
  path: string
  /** File name used in SourceRef.file. */
  name: string
  /**
   * The label every view shows: the document's title (`# Title`, intro line, ...) or its file
   * name when the title is generic, distinct among the sources (see sourceLabels).
   */
  title?: string
  builtIn: boolean
  kind: 'file' | 'folder'
  status: 'ok' | 'error'
  error?: string
  itemCount: number
  sections: SectionNode[]
  /** The names its documents go by in SourceRef.file (a folder has several). */
  files?: string[]
  /**
   * Distinct questions in this source with their progress. A question under two headings of
   * one source counts once here, though it appears in both sections.
   */
  totals?: { total: number; answered: number; confident: number }
  /** What the parser made of each document read (one per file; unused lines capped at 500). */
  parseReports?: ParseReport[]
}

export interface CatalogOverview {
  totalEntries: number
  totalItems: number
  answered: number
  confident: number
  sources: SourceInfo[]
  /** Entries marked "Not a question". */
  hiddenCount?: number
  /** Corrections that no longer match their entry, or whose field the source changed since. */
  corrections?: { stale: number; orphaned: number }
}

export type NoticeLevel = 'info' | 'warning' | 'error'

export interface AppNotice {
  level: NoticeLevel
  message: string
}

export interface Bootstrap {
  overview: CatalogOverview
  settings: Settings
  notices: AppNotice[]
  /** Where the app keeps its data, shown in the UI and the README. */
  dataDir: string
  notebookDir: string
  /**
   * Where the user left off (search, filters, open question), when "Reopen where I left off"
   * is on and a valid state was saved; null: start fresh.
   */
  session: RestoredSession | null
}

export interface IndexProgress {
  /** 'scanning': `done` folders of a folder source read so far (`total` 0: not known). */
  phase: 'scanning' | 'reading' | 'parsing' | 'indexing' | 'ready'
  done: number
  total: number
}

export interface ExportRequest {
  /** Target file (single layout, CSV, Anki package) or folder (per-section / per-question). */
  out: string
  /** Markdown, CSV (one row per question) or an Anki package (`.apkg`). */
  format: ExportFormat
  /** Markdown only; CSV and Anki exports are one file. */
  layout: 'single' | 'per-section' | 'per-question'
  query?: string
  filters?: SearchFilters
  includeReference: boolean
}

export interface ExportResult {
  written: string[]
  questionCount: number
}

export interface BackupInfo {
  /** Absolute path of the archive. */
  path: string
  createdAt: number
  answerCount: number
  automatic: boolean
  /** Why it was made, as its manifest records it ('safety': just before a restore). */
  kind: 'manual' | 'automatic' | 'safety'
  /** A safety backup's restore: when the restored backup was made, and whether it was an undo. */
  restore?: { of: number; undo: boolean }
  /** Set when the archive cannot be read or is not ours: why, as a sentence. Not restorable. */
  damaged?: string
}

export interface RestorePreview {
  archive: string
  /** Answers in the archive that differ from or are missing in the current notebook. */
  changed: string[]
  added: string[]
  /** Current answers the archive does not have (kept; restore never deletes without a backup). */
  onlyCurrent: string[]
  settingsChanged: boolean
  studyStateCount: number
}

export interface RestoreResult {
  restoredAnswers: number
  /** Backup of the state before the restore, so it can be undone. */
  safetyBackup: string
  /** True when this restore undid an earlier one (it is not offered for undo again). */
  undo: boolean
}

export type PathPickRequest =
  | { kind: 'open-sources' }
  | { kind: 'export-file'; defaultName: string; format?: ExportFormat }
  | { kind: 'export-folder' }
  | { kind: 'notebook-folder' }
  | { kind: 'backup-archive' }

/** Menu and shortcut commands the main process forwards to the renderer. */
export type AppCommand =
  | 'export'
  | 'add-source'
  | 'backup'
  | 'focus-search'
  | 'toggle-theme'
  | 'new-question'
  // Desktop: File → Settings…, Help → About, Help → Keyboard shortcuts.
  | 'settings'
  | 'about'
  | 'shortcuts'
  // git sync: open the Sync dialog, or sync at once
  | 'sync-dialog'
  | 'sync-now'
  // Back / Forward through the opened questions (Windows mouse buttons, the Go menu)
  | 'go-back'
  | 'go-forward'

// ---- Desktop conventions (#12 items 16–17, #13) ----

/** What choosing a notebook folder would do, shown before anything moves. */
export interface NotebookFolderPlan {
  /** The folder chosen (or the default one, for "Reset to default"). */
  target: string
  /** The folder open now. */
  current: string
  /** True when the target is the app's default notebook folder. */
  isDefault: boolean
  /** The chosen folder is the one open now: nothing to do. */
  same: boolean
  /** Answers and files (any kind, in any subfolder) in the folder open now. */
  currentAnswers: number
  currentFiles: number
  /** Answers and files already in the target. */
  targetAnswers: number
  targetFiles: number
}

/** What `notebookFolder:apply` did. */
export interface NotebookFolderResult {
  notebookDir: string
  settings: Settings
  /** Files moved from the old folder (0 for "use as it is"). */
  moved: number
  /** Files that met one of the same name: kept under this name beside it, never overwritten. */
  keptBoth: Array<{ file: string; keptAs: string }>
  /** Files copied but left in the old folder (they could not be removed). */
  leftBehind: string[]
  /** One sentence for the user. */
  message: string
}

/** Help → About: the versions and folders a bug report needs. */
export interface AboutInfo {
  name: string
  version: string
  /** null outside Electron (the browser bridge). */
  electron: string | null
  chrome: string | null
  node: string
  platform: string
  dataDir: string
  notebookDir: string
  license: string
}
