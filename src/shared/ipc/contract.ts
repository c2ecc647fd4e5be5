/**
 * The one contract between renderer and main: every channel's argument schema (checked at run
 * time by the main process and the test bridge) and its result type. The preload exposes exactly
 * these channels; nothing else crosses the boundary.
 */
import { z } from 'zod'
import { ANSWER_TOO_LARGE, MAX_ANSWER_BYTES } from '../answerLimits'
import type { Settings } from '../settings'
import type { StudyState } from '../study'
import { STUDY_STATUSES } from '../study'
import { ALIAS_LIMITS } from '../domain/search/aliases/userAliases'
import type {
  AppCommand,
  AppNotice,
  BackupInfo,
  RestorePreview,
  RestoreResult,
  Bootstrap,
  CatalogOverview,
  CorrectionNote,
  CorrectionResult,
  EntryView,
  RelatedLink,
  SourcePreview,
  ExportResult,
  IndexProgress,
  NoteDoc,
  NoteSaveResult,
  SearchResponse,
  SourceInfo,
  AboutInfo,
  NotebookFolderPlan,
  NotebookFolderResult
} from './types'
import type { Channel, EventName } from './channels'
import type { ConflictResolution, SyncConflict } from './conflictTypes'
import type { ProgressReport, ReviewResult, StudySessionStart } from '../domain/study/types'
import type { SyncOutcome, SyncStatus } from './syncTypes'
import { sessionStateSchema } from './sessionState'

export { CHANNELS, EVENTS, type Channel, type EventName } from './channels'

const entryId = z.string().regex(/^[a-z0-9-]{1,80}$/, 'must be a question id')
// A NUL byte never belongs in a path; Node's own message for one ("must be a string without
// null bytes") would reach the user raw.
const path = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'a path cannot contain a NUL character; choose it again')
const shortText = z.string().max(200)

const filters = z
  .object({
    sources: z.array(shortText).max(500).optional(),
    sections: z.array(shortText).max(500).optional(),
    status: z.array(z.enum(STUDY_STATUSES)).max(3).optional(),
    answered: z.boolean().optional(),
    checked: z.boolean().optional(),
    favourite: z.boolean().optional()
  })
  .strict()

const searchRequest = z
  .object({
    query: z.string().max(1000),
    filters: filters.optional(),
    limit: z.number().int().min(1).max(100000).optional(),
    offset: z.number().int().min(0).optional(),
    ranges: z.enum(['prompt', 'all']).optional()
  })
  .strict()

const studyPatch = z
  .object({
    status: z.enum(STUDY_STATUSES).optional(),
    favourite: z.boolean().optional(),
    tags: z.array(z.string().min(1).max(60)).max(50).optional()
  })
  .strict()

// Study mode: the scope a practice session draws from, a self-grade, the progress window.
const studyScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('source'), source: shortText }).strict(),
  z
    .object({ kind: z.literal('section'), section: shortText, source: shortText.optional() })
    .strict(),
  z
    .object({ kind: z.literal('search'), query: z.string().max(1000), filters: filters.optional() })
    .strict(),
  z.object({ kind: z.literal('favourites') }).strict(),
  z.object({ kind: z.literal('unanswered') }).strict(),
  z.object({ kind: z.literal('unchecked') }).strict(),
  z.object({ kind: z.literal('due') }).strict()
])

const startSessionRequest = z
  .object({
    scope: studyScope,
    limit: z.number().int().min(1).max(1000).optional(),
    early: z.boolean().optional()
  })
  .strict()

const reviewRequest = z
  .object({
    id: entryId,
    grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    draft: z.string().max(100_000).optional()
  })
  .strict()

const progressRequest = z.object({ days: z.number().int().min(1).max(366).optional() }).strict()

const settingsPatch = z
  .object({
    theme: z.enum(['system', 'light', 'dark']).optional(),
    notebookDir: z.string().max(4096).optional(),
    hideReference: z.boolean().optional(),
    reopenLastSession: z.boolean().optional(),
    dismissedCheckedNotices: z.array(z.string().min(1).max(4096)).max(1000).optional(),
    layout: z
      .object({
        resultsWidth: z.number().min(200).max(2000),
        answerFraction: z.number().min(0.1).max(0.9)
      })
      .strict()
      .optional(),
    aliases: z
      .array(
        z
          .array(z.string().trim().min(1).max(ALIAS_LIMITS.nameLength))
          .min(2)
          .max(ALIAS_LIMITS.names)
      )
      .max(ALIAS_LIMITS.groups)
      .optional(),
    dailyGoal: z.number().int().min(1).max(500).optional()
  })
  .strict()

const exportFormat = z.enum(['md', 'csv', 'apkg'])

const exportRequest = z
  .object({
    out: path,
    format: exportFormat,
    layout: z.enum(['single', 'per-section', 'per-question']),
    query: z.string().max(1000).optional(),
    filters: filters.optional(),
    includeReference: z.boolean()
  })
  .strict()

const oneLine = z
  .string()
  .max(2000)
  .refine((s) => s.trim().length > 0, 'must not be empty')
const myQuestionInput = z
  .object({
    prompt: oneLine,
    answer: z.string().max(MAX_ANSWER_BYTES),
    section: z.string().max(200),
    kind: z.enum(['question', 'topic']),
    tags: z.array(z.string().min(1).max(60)).max(50)
  })
  .strict()

const correctionRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('prompt'), value: oneLine }).strict(),
  z.object({ type: z.literal('kind'), value: z.enum(['question', 'topic']) }).strict(),
  z.object({ type: z.literal('section'), value: z.string().max(200) }).strict(),
  z.object({ type: z.literal('hide') }).strict(),
  z.object({ type: z.literal('restore') }).strict(),
  z.object({ type: z.literal('merge'), into: entryId }).strict(),
  z.object({ type: z.literal('split-answer'), at: z.number().int().min(1).max(10000) }).strict(),
  z.object({ type: z.literal('split-questions'), parts: z.array(oneLine).min(2).max(50) }).strict()
])

// --- git sync: the settings patch and the token (checked again by the sync service) ---
const syncSettingsPatch = z
  .object({
    remoteUrl: z.string().max(2048).optional(),
    intervalMinutes: z.number().int().min(0).max(1440).optional(),
    onStart: z.boolean().optional(),
    onQuit: z.boolean().optional()
  })
  .strict()
const syncToken = z
  .string()
  .min(1, 'enter the token')
  .max(4096)
  .regex(/^[\x21-\x7e]+$/, 'a token has no spaces or line breaks')

/** Argument schemas per channel (`domain:verb`), as tuples of the invoke arguments. */
export const channelArgs = {
  'app:bootstrap': z.tuple([]),
  'catalog:overview': z.tuple([]),
  'catalog:entry': z.tuple([entryId]),
  'search:query': z.tuple([searchRequest]),
  'notes:load': z.tuple([entryId]),
  'notes:save': z.tuple([
    z
      .object({
        id: entryId,
        markdown: z.string().max(MAX_ANSWER_BYTES, ANSWER_TOO_LARGE),
        baseRevision: z.string().max(128).nullable()
      })
      .strict()
  ]),
  'study:update': z.tuple([entryId, studyPatch]),
  'study:startSession': z.tuple([startSessionRequest]),
  'study:review': z.tuple([reviewRequest]),
  'study:progress': z.tuple([progressRequest]),
  'sources:list': z.tuple([]),
  'sources:add': z.tuple([z.array(path).min(1).max(1000)]),
  'sources:remove': z.tuple([path]),
  'sources:preview': z.tuple([z.array(path).min(1).max(1000)]),
  'questions:create': z.tuple([myQuestionInput]),
  'questions:update': z.tuple([entryId, myQuestionInput]),
  'questions:delete': z.tuple([entryId]),
  'catalog:correct': z.tuple([entryId, correctionRequest]),
  'catalog:undo': z.tuple([]),
  'catalog:hidden': z.tuple([]),
  'catalog:corrections': z.tuple([]),
  'catalog:discardCorrection': z.tuple([z.string().min(1).max(100)]),
  'sources:cancel': z.tuple([]),
  'settings:update': z.tuple([settingsPatch]),
  'shell:openExternal': z.tuple([z.string().max(4096)]),
  'export:run': z.tuple([exportRequest]),
  'backup:create': z.tuple([]),
  'backup:list': z.tuple([]),
  'backup:preview': z.tuple([path]),
  'backup:restore': z.tuple([path]),
  'conflicts:list': z.tuple([]),
  'conflicts:resolve': z.tuple([
    z.string().regex(/^c-[0-9a-f]{16}$/, 'must be a conflict id'),
    z.enum(['mine', 'theirs', 'both'])
  ]),
  'backup:undoRestore': z.tuple([path]),
  'study:resetChecked': z.tuple([z.string().min(1).max(4096)]),
  'dialog:confirmDrop': z.tuple([z.array(path).min(1).max(1000)]),
  'dialog:pickPath': z.tuple([
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('open-sources') }).strict(),
      z
        .object({
          kind: z.literal('export-file'),
          defaultName: z.string().max(255),
          format: exportFormat.optional()
        })
        .strict(),
      z.object({ kind: z.literal('export-folder') }).strict(),
      z.object({ kind: z.literal('notebook-folder') }).strict(),
      z.object({ kind: z.literal('backup-archive') }).strict()
    ])
  ]),
  'shell:showItemInFolder': z.tuple([path]),
  'app:flushed': z.tuple([]),
  // Desktop conventions: main picks the folder itself, so the renderer never sends a path.
  'notebookFolder:choose': z.tuple([z.object({ target: z.enum(['pick', 'default']) }).strict()]),
  'notebookFolder:apply': z.tuple([z.object({ mode: z.enum(['move', 'use']) }).strict()]),
  'app:takeOpenedFiles': z.tuple([]),
  'app:about': z.tuple([]),
  'session:save': z.tuple([sessionStateSchema]),
  // --- git sync ---
  'sync:status': z.tuple([]),
  'sync:configure': z.tuple([syncSettingsPatch]),
  'sync:setToken': z.tuple([syncToken]),
  'sync:clearToken': z.tuple([]),
  'sync:now': z.tuple([])
} as const satisfies Record<Channel, z.ZodType>

export type ChannelArgs<C extends Channel> = z.infer<(typeof channelArgs)[C]>

/** What each channel resolves to. */
export interface ChannelResults {
  'app:bootstrap': Bootstrap
  'catalog:overview': CatalogOverview
  'catalog:entry': EntryView | null
  'search:query': SearchResponse
  'notes:load': NoteDoc | null
  'notes:save': NoteSaveResult
  'study:update': StudyState
  'study:startSession': StudySessionStart
  /** Appended to the review log (fsync'd), then the schedule stored in the study state. */
  'study:review': ReviewResult
  'study:progress': ProgressReport
  'sources:list': SourceInfo[]
  'sources:add': SourceInfo[]
  'sources:remove': SourceInfo[]
  /** What adding these paths would bring; nothing changes until `sources:add`. */
  'sources:preview': SourcePreview[]
  'questions:create': CorrectionResult
  'questions:update': CorrectionResult
  'questions:delete': CorrectionResult
  'catalog:correct': CorrectionResult
  /** Reverts the newest correction still on the undo stack; null when there is none. */
  'catalog:undo': CorrectionResult | null
  'catalog:hidden': RelatedLink[]
  'catalog:corrections': CorrectionNote[]
  'catalog:discardCorrection': void
  /** Stops the folder scan under way (a source being added is not added); false: none ran. */
  'sources:cancel': boolean
  'settings:update': Settings
  'shell:openExternal': boolean
  /** Writes the export in the request's format: Markdown, CSV or an Anki package. */
  'export:run': ExportResult
  'backup:create': BackupInfo
  'backup:list': BackupInfo[]
  'backup:preview': RestorePreview
  'backup:restore': RestoreResult
  /** Conflict copies and git conflict markers found in the notebook folder now. */
  'conflicts:list': SyncConflict[]
  /** Keeps mine, theirs or both for the conflict with that id; the leftover copy goes. */
  'conflicts:resolve': ConflictResolution
  /** Restores the safety backup a restore took (only one), undoing that restore. */
  'backup:undoRestore': RestoreResult
  /** Sets a source's checked, never-touched questions back to New; how many changed. */
  'study:resetChecked': { reset: number }
  /** Whether the user confirmed, in a native dialog, adding the paths dropped on the window. */
  'dialog:confirmDrop': boolean
  /** Chosen paths (several for open-sources), or [] when cancelled. */
  'dialog:pickPath': string[]
  'shell:showItemInFolder': void
  /** The renderer has saved everything after an 'app:flush-request'. */
  'app:flushed': void
  // ---- Desktop conventions ----
  /**
   * Shows the native folder picker ('pick') or takes the default folder, and says what using it
   * would do; null when the picker was cancelled. The chosen folder waits in main for `apply`.
   */
  'notebookFolder:choose': NotebookFolderPlan | null
  /** Moves everything into the chosen folder ('move') or opens it as it is ('use'). */
  'notebookFolder:apply': NotebookFolderResult
  /** Files the OS opened with the app since the last call (already granted for adding). */
  'app:takeOpenedFiles': string[]
  'app:about': AboutInfo
  /** Keeps the window state for the next start (`Bootstrap.session`). */
  'session:save': void
  // --- git sync: the token never comes back, only whether one is set ---
  'sync:status': SyncStatus
  'sync:configure': SyncStatus
  'sync:setToken': SyncStatus
  'sync:clearToken': SyncStatus
  /** Runs a sync (or joins the one under way) and says how it ended. */
  'sync:now': SyncOutcome
}

/** Main → renderer events and their payloads. */
export interface EventPayloads {
  'notes:changed': { id: string }
  'index:progress': IndexProgress
  'catalog:changed': CatalogOverview
  'app:notice': AppNotice
  'app:command': { command: AppCommand }
  'app:flush-request': { reason: 'quit' | 'reload' }
  /** The number of sync conflicts changed (a copy appeared, one was resolved). */
  'conflicts:changed': { count: number }
  /** While `export:run` writes: bytes done of the total, so big exports show a bar. */
  'export:progress': { done: number; total: number }
  /** Files wait in main; the renderer takes them with `app:takeOpenedFiles`. */
  'app:files-opened': { count: number }
  /** Git sync: a sync started, changed phase or ended, or its settings changed. */
  'sync:changed': SyncStatus
}

// Fails to compile if the payload map and the event list in channels.ts disagree.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
export const EVENT_PAYLOADS_MATCH: SameKeys<keyof EventPayloads, EventName> = true

/** The handler set the main process (and the test bridge) implements. */
export type Handlers = {
  [C in Channel]: (...args: ChannelArgs<C>) => Promise<ChannelResults[C]>
}
