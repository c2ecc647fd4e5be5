/**
 * The notebook's live state, shared by the handler groups: the catalog, the open answer vault,
 * study state and settings, plus the few operations that keep them and the search index in step.
 */
import { isAbsolute, join } from 'node:path'
import { effectiveStudyState } from '../../../shared/domain/study/checklistImport'
import type { Catalog, CatalogEntry } from '../../../shared/domain/types'
import type { EventPayloads } from '../../../shared/ipc/contract'
import type { EventName } from '../../../shared/ipc/channels'
import type {
  AppNotice,
  CatalogOverview,
  SearchFilters,
  SearchRequest,
  SearchResponse,
  SourceInfo
} from '../../../shared/ipc/types'
import type { StudyState } from '../../../shared/study'
import type { KeyValueStore } from '../../store/keyValueStore'
import { dataPaths } from '../dataPaths'
import { SessionFile } from '../session/sessionFile'
import { SettingsService } from '../settings/settingsService'
import { openNotebookStudy } from '../studyLog/openNotebookStudy'
import type { StudyLogStore } from '../studyLog/studyLogStore'
import { watchSyncFolder, type SyncFolderWatcher } from '../studyLog/watchSyncFolder'
import { NoteVault } from '../vault/noteVault'
import { buildOverview } from './buildOverview'
import type { CatalogPort, LoadedCatalog, SearchPort, SourceMembership } from './ports'
import { PathGrants } from './pathGrants'
import { filesOfSource, membershipOf } from './sourceMembership'
import { labelsByFile } from './labelsByFile'
import { UserCatalog } from './userCatalog'

/** Sends a main → renderer event. */
export type Emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => void

export interface CoreOptions {
  dataDir: string
  store: KeyValueStore
  emit: Emit
  catalog: CatalogPort
  search: SearchPort
  watchNotes: boolean
  now: () => number
  notices: AppNotice[]
}

const CHANGE_DEBOUNCE_MS = 250

/** State and shared operations; handlers hold one of these. */
export class NotebookCore {
  readonly dataDir: string
  readonly store: KeyValueStore
  readonly emit: Emit
  readonly catalogPort: CatalogPort
  readonly search: SearchPort
  readonly now: () => number
  readonly settings: SettingsService
  /** Where the window left off, for "Reopen where I left off". */
  readonly session: SessionFile
  catalog: Catalog = { entries: [], itemCount: 0 }
  /** Every entry by id: shown, hidden, and merged-away ids pointing at the entry they joined. */
  byId = new Map<string, CatalogEntry>()
  /** My questions and corrections over the parsed sources. */
  readonly user = new UserCatalog()
  private loaded: LoadedCatalog | null = null
  /** The sources' catalog the search holds as it is (no My questions or corrections), if so. */
  private searchedPlain: Catalog | null = null
  /** Notices raised before the renderer asked for them (returned by app:bootstrap). */
  readonly startupNotices: AppNotice[]
  /** Paths the user chose in the host's dialogs: the only renderer paths main acts on. */
  readonly grants = new PathGrants()
  /** Counts sources:cancel calls that stopped a scan, so an add can tell it was cancelled. */
  scanCancels = 0
  private sources: SourceInfo[] = []
  private membership: SourceMembership[] = []
  private openVault: NoteVault | null = null
  private openStudy: StudyLogStore | null = null
  private syncWatcher: SyncFolderWatcher | null = null
  /** Told when the notebook folder's files change (conflict copies appearing, say). */
  readonly folderListeners = new Set<() => void>()
  private started = false
  private disposed = false
  private changeTimer: ReturnType<typeof setTimeout> | null = null
  private readonly watchNotes: boolean

  constructor(options: CoreOptions) {
    this.dataDir = options.dataDir
    this.store = options.store
    this.emit = options.emit
    this.catalogPort = options.catalog
    this.search = options.search
    this.now = options.now
    this.watchNotes = options.watchNotes
    this.startupNotices = [...options.notices]
    this.settings = new SettingsService(options.store)
    this.session = new SessionFile(dataPaths(options.dataDir).sessionFile)
  }

  /** Study state over the open notebook folder's logs (see studyLog/studyLogStore). */
  get study(): StudyLogStore {
    if (!this.openStudy) throw new Error('The notebook folder is not open.')
    return this.openStudy
  }

  /** Catalog notices given at the last load, by message. */
  private catalogNotices = new Set<string>()

  get vault(): NoteVault {
    if (!this.openVault) throw new Error('The notebook folder is not open.')
    return this.openVault
  }

  /** Tells the user something: kept for app:bootstrap until start-up ends, then an event. */
  notify(notice: AppNotice): void {
    if (!this.started) this.startupNotices.push(notice)
    else this.emit('app:notice', notice)
  }

  /** The stored study state, or the checklist-derived one for a question never touched. */
  studyOf(id: string): StudyState {
    return effectiveStudyState(this.byId.get(id) ?? { checked: null }, this.study.stored(id))
  }

  /** The answer folder for a settings value (empty or relative → the default in the data folder). */
  notebookDirFor(dir: string): string {
    return dir && isAbsolute(dir) ? dir : dataPaths(this.dataDir).notebookDir
  }

  /**
   * The search filters with source names turned into the document names occurrences carry: a
   * folder source stands for every file in it.
   */
  resolveFilters(filters: SearchFilters | undefined): SearchFilters | undefined {
    if (!filters?.sources) return filters
    return { ...filters, sources: filters.sources.flatMap((name) => this.filesOf(name)) }
  }

  /** The document names a source stands for: a folder's files, or the file itself. */
  filesOf(sourceName: string): string[] {
    const source = this.sources.find((s) => s.name === sourceName)
    return source ? filesOfSource(source) : [sourceName]
  }

  /** SourceRef.file → the label the app shows for its source, for exports. */
  sourceLabels(): Record<string, string> {
    return labelsByFile(this.sources)
  }

  /** A search over the catalog and notes, with source filters resolved to their documents. */
  query(request: SearchRequest): Promise<SearchResponse> {
    const filters = this.resolveFilters(request.filters)
    return this.search.query(filters ? { ...request, filters } : request)
  }

  overview(): CatalogOverview {
    const overview = buildOverview(this.catalog, this.sources, this.membership, {
      isAnswered: (id) => this.openVault?.isAnswered(id) ?? false,
      statusOf: (id) => this.studyOf(id).status
    })
    const { stale, orphaned } = this.user.report
    return {
      ...overview,
      hiddenCount: this.user.corrected.hidden.length,
      corrections: { stale, orphaned }
    }
  }

  /** Counts change with every status flip or first answer; batch them for the sidebar. */
  scheduleCatalogChanged(): void {
    if (this.disposed || this.changeTimer) return
    this.changeTimer = setTimeout(() => {
      this.changeTimer = null
      if (!this.disposed) this.emit('catalog:changed', this.overview())
    }, CHANGE_DEBOUNCE_MS)
  }

  /** Loads everything: the answers and the catalog side by side, then the study state. */
  async start(): Promise<void> {
    await Promise.all([this.openInitialVault(), this.loadInitialCatalog()])
    await this.refreshUserCatalog()
    this.pushStudyToSearch()
    this.started = true
  }

  private async openInitialVault(): Promise<void> {
    const fallback = dataPaths(this.dataDir).notebookDir
    const dir = this.notebookDirFor(this.settings.get().notebookDir)
    try {
      // A chosen folder is never created behind the user's back (an unplugged drive, a typo).
      await this.switchVault(dir, dir !== fallback)
    } catch (error) {
      if (dir === fallback) throw error
      this.notify({
        level: 'warning',
        message: `Your notebook folder could not be opened (${messageOf(error)}); answers are kept in ${fallback} until it is back. Choose the folder again in the settings.`
      })
      await this.switchVault(fallback)
    }
  }

  /** Opens `dir` as the notebook folder (`mustExist`: do not create it), replacing the current one. */
  async switchVault(dir: string, mustExist = false): Promise<void> {
    const next = new NoteVault({
      dir,
      create: !mustExist,
      watch: this.watchNotes,
      now: this.now,
      onMalformed: (file, reason) =>
        this.notify({
          level: 'warning',
          message: `The answer file ${join(dir, file)} could not be read: ${reason}. It was left untouched; fix it in a text editor.`
        }),
      onExternalChange: (id, markdown) => {
        void this.search.updateNote(id, markdown ?? '')
        this.emit('notes:changed', { id })
        this.scheduleCatalogChanged()
      }
    })
    const scan = await next.open()
    const previous = this.openVault
    this.openVault = next
    if (previous) {
      await previous.dispose()
      // Answers of the old folder leave the index; the new folder's come in below.
      for (const id of previous.answeredIds()) void this.search.updateNote(id, '')
    }
    for (const note of scan.notes) void this.search.updateNote(note.id, note.markdown)
    await this.openStudyOf(dir)
  }

  // The study state lives in the notebook folder too: a new folder brings its own.
  private async openStudyOf(dir: string, forceMigration = false): Promise<void> {
    const previous = this.openStudy
    this.openStudy = await openNotebookStudy({
      dataDir: this.dataDir,
      notebookDir: dir,
      store: this.store,
      now: this.now,
      onWarning: (message) => this.notify({ level: 'warning', message }),
      onMigrated: (message) => this.notify({ level: 'info', message }),
      forceMigration
    })
    if (previous)
      for (const id of previous.all().keys())
        if (!this.openStudy.stored(id)) void this.search.updateStudy(id, this.studyOf(id))
    if (this.started) this.pushStudyToSearch()
    await this.syncWatcher?.close()
    this.syncWatcher = this.watchNotes
      ? watchSyncFolder(dir, {
          onLogs: () => void this.reloadStudyLogs(),
          onFiles: () => this.folderListeners.forEach((listener) => listener())
        })
      : null
  }

  /** Re-reads the study logs after another device's log changed; re-feeds what moved. */
  async reloadStudyLogs(): Promise<void> {
    if (this.disposed || !this.openStudy) return
    try {
      const changed = await this.openStudy.reload()
      for (const id of changed) void this.search.updateStudy(id, this.studyOf(id))
      if (changed.length > 0) this.scheduleCatalogChanged()
    } catch (error) {
      this.notify({
        level: 'warning',
        message: `The study progress synced from another computer could not be read (${messageOf(error)}); it is read again at the next change or start.`
      })
    }
  }

  /**
   * Re-reads study state after a restore: a restored old backup may bring back the data
   * folder's pre-sync state, which is merged into the notebook folder's logs again.
   */
  async reloadStudy(): Promise<void> {
    await this.openStudyOf(this.vault.dir, true)
    this.pushStudyToSearch()
  }

  private pushStudyToSearch(): void {
    for (const [id, state] of this.study.all()) void this.search.updateStudy(id, state)
    // The user's aliases ride along: they change with a restore as the study state does.
    void this.search.setUserAliases(this.settings.get().aliases)
  }

  // The sources are checked one by one, but should loading still fail as a whole, the app
  // starts with an empty catalog and says so: the answers stay usable, the sources fixable.
  private async loadInitialCatalog(): Promise<void> {
    try {
      await this.loadSources()
    } catch (error) {
      this.notify({
        level: 'error',
        message: `The question sources could not be loaded (${messageOf(error)}); your answers are safe. Remove the source added last, or restart the app.`
      })
    }
  }

  /** Reads every source, then My questions and corrections, into a new catalog and index. */
  async loadCatalog(): Promise<void> {
    await this.loadSources()
    await this.refreshUserCatalog()
  }

  private async loadSources(): Promise<void> {
    const loaded = await this.catalogPort.load()
    this.loaded = loaded
    // Every reload reads every source again; a broken source already reported is not
    // announced again each time another source is added or removed.
    const told = this.catalogNotices
    this.catalogNotices = new Set(loaded.notices.map((n) => n.message))
    loaded.notices.filter((n) => !told.has(n.message)).forEach((n) => this.notify(n))
  }

  /** Re-reads My questions and corrections from the open notebook folder and rebuilds. */
  async refreshUserCatalog(): Promise<void> {
    await this.user.read(this.vault.dir)
    for (const message of this.user.problems) this.notify({ level: 'warning', message })
    await this.rebuildCatalog()
    const { orphaned } = this.user.report
    if (orphaned > 0)
      this.notify({
        level: 'warning',
        message: `${orphaned === 1 ? '1 correction no longer matches' : `${orphaned} corrections no longer match`} its question (the source changed). They are kept: review them from the list at the bottom of the sidebar.`
      })
  }

  /** Combines the loaded sources with My questions and corrections, and re-indexes. */
  async rebuildCatalog(): Promise<void> {
    const loaded = this.loaded ?? {
      catalog: { entries: [], itemCount: 0 },
      sources: [],
      notices: []
    }
    // A start from the cache has no items at hand; only My questions need them (to merge).
    if (!loaded.items && loaded.loadItems && this.user.questions.length > 0)
      loaded.items = await loaded.loadItems()
    // My questions and corrections build on copies of the entries: those need the links first.
    if (this.user.questions.length > 0 || this.user.overrides.length > 0) await loaded.linked
    this.user.combine(loaded)
    const { entries, itemCount, hidden, mergedInto } = this.user.corrected
    this.catalog = { entries, itemCount }
    this.byId = new Map([...entries, ...hidden].map((e) => [e.id, e]))
    for (const [from, to] of mergedInto) {
      const target = this.byId.get(to)
      if (target && !this.byId.has(from)) this.byId.set(from, target)
    }
    this.sources = this.user.sourcesWith(loaded.sources)
    this.membership = membershipOf(this.catalog, this.sources)
    // Without corrections or My questions the catalog is the cached one: the search worker
    // reads it from those bytes rather than receiving 50,000 entries by message.
    const plain =
      this.user.questions.length === 0 &&
      this.user.overrides.length === 0 &&
      entries.length === loaded.catalog.entries.length
    this.searchedPlain = plain ? loaded.catalog : null
    await this.search.setCatalog(
      this.catalog,
      plain ? loaded.snapshotBody : undefined,
      plain ? loaded.snapshotHash : undefined
    )
    // Linked off this thread while the index was built; no one saw an entry before.
    await loaded.linked
    // Saved already (a reload), but not read from those bytes: the index is filed under them.
    if (plain && loaded.snapshotHash && !loaded.snapshotBody)
      this.search.fileWarm?.(loaded.snapshotHash)
  }

  /**
   * The sources' catalog was saved to the start-up cache as bytes with sha256 `hash`: when the
   * search holds that very catalog, it files its index under them for the next start.
   */
  snapshotWritten(catalog: Catalog, hash: string): void {
    if (!this.disposed && catalog === this.searchedPlain) this.search.fileWarm?.(hash)
  }

  /** loadCatalog for later changes: failures become notices, success a catalog:changed. */
  async reloadCatalog(): Promise<void> {
    if (this.disposed) return
    try {
      await this.loadCatalog()
      this.emit('catalog:changed', this.overview())
    } catch (error) {
      this.notify({ level: 'error', message: `Reloading the sources failed: ${messageOf(error)}` })
    }
  }

  /** refreshUserCatalog for files changed elsewhere (a sync's pull): tells the sidebar. */
  async reloadUserCatalog(): Promise<void> {
    if (this.disposed) return
    try {
      await this.refreshUserCatalog()
      this.emit('catalog:changed', this.overview())
    } catch (error) {
      this.notify({
        level: 'error',
        message: `My questions or corrections could not be re-read after a sync: ${messageOf(error)}`
      })
    }
  }

  async dispose(): Promise<void> {
    if (this.disposed) return
    this.disposed = true
    if (this.changeTimer) clearTimeout(this.changeTimer)
    await this.syncWatcher?.close()
    await this.openVault?.dispose()
    await this.catalogPort.dispose()
    await this.search.dispose()
  }
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
