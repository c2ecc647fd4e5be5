/**
 * The composition root of the main process: sources, search, the answer vault, study state,
 * settings, export and backup behind the one IPC contract. No electron import, so the same
 * service runs in the app, behind the browser test bridge and in unit tests.
 */
import { CHANNELS, type Handlers } from '../../../shared/ipc/contract'
import type { AppNotice } from '../../../shared/ipc/types'
import type { KeyValueStore } from '../../store/keyValueStore'
import { dataPaths } from '../dataPaths'
import { catalogHandlers } from './catalogHandlers'
import { syncConflicts } from './conflictHandlers'
import { correctionHandlers } from './correctionHandlers'
import { questionHandlers } from './questionHandlers'
import { exportBackupHandlers, runDailyBackup } from './exportBackupHandlers'
import { NotebookCore, type Emit } from './notebookCore'
import { noteHandlers } from './noteHandlers'
import type { CatalogPort, SearchPort } from './ports'
import { safeExternalUrl } from './safeExternalUrl'
import { createSearchPort } from './searchPort'
import { createSourcesCatalog } from './sourcesCatalog'
import { hostOnly } from './unavailable'
import type { Settings } from '../../../shared/settings'
import type { FolderIo } from '../files/folderIo'
import { OpenedFiles } from '../opened/openedFiles'
import { notebookFolderHandlers } from './notebookFolderHandlers'
import type { SecretStore } from '../sync/secretStore'
import { createSyncController, syncHandlers } from './syncHandlers'
import { BackgroundWork } from './backgroundWork'

export type { Emit } from './notebookCore'

/** Channels that only a desktop host (Electron) can serve: dialogs, the shell, the quit flow. */
export type HostHandlers = Partial<
  Pick<
    Handlers,
    | 'dialog:pickPath'
    | 'dialog:confirmDrop'
    | 'shell:openExternal'
    | 'shell:showItemInFolder'
    | 'app:flushed'
  >
>

export interface NotebookServiceOptions {
  /** The app's data folder (config, default notebook, cache, backups). */
  dataDir: string
  /** The shipped seed documents (`resources/seeds`). */
  seedsDir: string
  store: KeyValueStore
  emit: Emit
  /** Messages from before the service existed (say, a restored settings file). */
  notices?: AppNotice[]
  /** Where the search engine runs: a worker thread (default) or this thread (tests, bridge). */
  searchMode?: 'worker' | 'inline'
  /** The search worker's script (default: the one next to the main process's code). */
  searchWorkerUrl?: URL
  /** The parse workers' script (default: the one next to the main process's code). */
  parseWorkerUrl?: URL
  /** Cache the search index on disk (default true). */
  searchCache?: boolean
  /**
   * Start from the cached catalog of the sources, checked in the background (default: as
   * `searchCache`).
   */
  catalogCache?: boolean
  /** Make the daily automatic backup after start-up (default true). */
  autoBackup?: boolean
  /** Watch the notebook folder for edits made elsewhere (default true). */
  watchNotes?: boolean
  /** Replacements for tests and hosts; the defaults are the real services. */
  catalog?: CatalogPort
  search?: SearchPort
  host?: HostHandlers
  now?: () => number
  /** Shown in Help → About (the app's package.json). */
  appInfo?: { version: string; license: string }
  /** Called with the settings after every change (the host applies the native theme). */
  onSettings?: (settings: Settings) => void
  /** File operations of the notebook-folder move (tests pass one that fails half-way). */
  folderIo?: FolderIo
  /**
   * Where the git sync keeps its token (the app: safeStorage); absent or null: no token can be
   * kept, so only public and local remotes sync.
   */
  secrets?: SecretStore | null
  /** This computer's name in sync commit messages (default: the host name). */
  device?: string
}

export type NotebookService = Handlers & {
  /** Resolves when the answers, the study state and the first catalog are loaded and indexed. */
  ready: Promise<void>
  /**
   * Resolves once a start from the cached catalog has checked the sources and, if they had
   * changed, reloaded them (at once after `ready` when there was no cache).
   */
  settled(): Promise<void>
  dispose(): Promise<void>
  /** Files the OS opened with the app: granted, queued, and announced to the renderer. */
  openFiles(paths: readonly string[]): void
}

// The host channels work before start-up ends (the quit flow must never wait for an index).
const IMMEDIATE = new Set<string>([
  // Cancelling a scan must work while start-up is still scanning.
  'sources:cancel',
  'dialog:pickPath',
  'dialog:confirmDrop',
  'shell:openExternal',
  'shell:showItemInFolder',
  'app:flushed',
  'app:about',
  // The window state is written on quit too, when start-up may still be under way.
  'session:save'
])

/** Builds the service. Every handler waits for start-up, so they may be called at once. */
export function createNotebookService(options: NotebookServiceOptions): NotebookService {
  const { dataDir, store } = options
  const host = options.host ?? {}
  const search =
    options.search ??
    createSearchPort(
      options.searchCache === false ? null : dataPaths(dataDir).cacheDir,
      options.searchMode ?? 'worker',
      options.searchWorkerUrl
    )
  const core = new NotebookCore({
    dataDir,
    store,
    emit: options.emit,
    catalog:
      options.catalog ??
      createSourcesCatalog(
        options.seedsDir,
        store,
        (progress) => options.emit('index:progress', progress),
        (options.catalogCache ?? options.searchCache) === false
          ? null
          : dataPaths(dataDir).cacheDir,
        // The worker reads the cached catalog while this thread does (see SearchPort.prime).
        (body, hash) => search.prime?.(body, hash),
        options.parseWorkerUrl,
        // A cold start's cache, written once start-up is over: the index is filed under it.
        (catalog, hash) => core.snapshotWritten(catalog, hash)
      ),
    search,
    watchNotes: options.watchNotes !== false,
    now: options.now ?? Date.now,
    notices: options.notices ?? []
  })
  const sync = createSyncController(core, options.secrets ?? null, options.device)
  const offProgress = core.search.onProgress((p) => core.emit('index:progress', p))
  let reloading: Promise<void> = Promise.resolve()
  const offSources = core.catalogPort.onChange(() => void (reloading = core.reloadCatalog()))
  const ready = core.start()
  // Each handler reports a failed start-up itself; no unhandled rejection meanwhile.
  ready.catch(() => undefined)
  // A start from the cache checks its sources only now, off the path to a searchable catalog.
  void ready.then(
    () => core.catalogPort.started?.(),
    () => undefined
  )
  // Sync conflicts: checked once started and after every change in the notebook folder.
  const background = new BackgroundWork()
  const conflicts = syncConflicts(core)
  const rescanConflicts = () => background.start(() => conflicts.rescan())
  core.folderListeners.add(rescanConflicts)
  void ready.then(rescanConflicts, () => undefined)
  // Sync on start (when set) once the catalog is ready, then every N minutes.
  void ready.then(
    () => sync.start(),
    () => undefined
  )
  if (options.autoBackup !== false) background.start(() => ready.then(() => runDailyBackup(core)))

  const settingsChanged = (): void => options.onSettings?.(core.settings.get())
  const opened = new OpenedFiles(core.grants, (count) => core.emit('app:files-opened', { count }))

  const handlers: Handlers = {
    ...catalogHandlers(core),
    ...correctionHandlers(core),
    ...questionHandlers(core),
    ...noteHandlers(core),
    ...exportBackupHandlers(core),
    ...conflicts.handlers,
    ...syncHandlers(sync),
    async 'shell:openExternal'(url) {
      const safe = safeExternalUrl(url)
      if (!safe || !host['shell:openExternal']) return false
      return host['shell:openExternal'](safe)
    },
    async 'dialog:pickPath'(request) {
      if (!host['dialog:pickPath']) return hostOnly('File dialogs')
      const chosen = await host['dialog:pickPath'](request)
      core.grants.record(request.kind, chosen)
      return chosen
    },
    // A drop's paths come from the renderer: only the user's yes in a native dialog, which the
    // page cannot answer, lets them be added, as a pick in the file dialog would.
    async 'dialog:confirmDrop'(paths) {
      if (!host['dialog:confirmDrop']) return hostOnly('Dropping files')
      const confirmed = await host['dialog:confirmDrop'](paths)
      if (confirmed) core.grants.record('open-sources', paths)
      return confirmed
    },
    'shell:showItemInFolder': (path) =>
      host['shell:showItemInFolder']
        ? host['shell:showItemInFolder'](path)
        : hostOnly('Showing files in their folder'),
    'app:flushed': () => (host['app:flushed'] ? host['app:flushed']() : Promise.resolve()),
    // ---- Desktop conventions ----
    ...notebookFolderHandlers(core, host, settingsChanged, options.folderIo),
    'app:takeOpenedFiles': async () => opened.take(),
    async 'session:save'(state) {
      // "Reopen where I left off" off: nothing about the window is remembered.
      if (core.settings.get().reopenLastSession) await core.session.write(state)
    },
    async 'app:about'() {
      return {
        name: 'Study Notebook',
        version: options.appInfo?.version ?? 'unknown',
        electron: process.versions['electron'] ?? null,
        chrome: process.versions['chrome'] ?? null,
        node: process.versions.node,
        platform: `${process.platform} ${process.arch}`,
        dataDir,
        notebookDir: core.notebookDirFor(core.settings.get().notebookDir),
        license: options.appInfo?.license ?? 'unknown'
      }
    }
  }
  // The host mirrors some settings natively (the theme): tell it after every change.
  for (const channel of ['settings:update', 'backup:restore'] as const) {
    const inner = handlers[channel] as (...args: unknown[]) => Promise<unknown>
    Object.assign(handlers, {
      [channel]: async (...args: unknown[]) => {
        const result = await inner(...args)
        settingsChanged()
        return result
      }
    })
  }

  const service = { ready } as NotebookService
  for (const channel of CHANNELS) {
    const handler = handlers[channel] as (...args: unknown[]) => Promise<unknown>
    const wrapped = IMMEDIATE.has(channel)
      ? handler
      : async (...args: unknown[]) => {
          await ready
          return handler(...args)
        }
    Object.assign(service, { [channel]: wrapped })
  }
  service.openFiles = (paths) => opened.offer(paths)
  service.settled = async () => {
    await ready
    await core.catalogPort.settled?.()
    await reloading
    await background.idle()
    // The index filed under the cache just written (the next start loads it).
    await core.search.idle?.()
  }
  service.dispose = async () => {
    offProgress()
    offSources()
    await ready.catch(() => undefined)
    // The quit-time sync, at most a few seconds; the work is committed locally either way.
    await sync.quit()
    await background.idle()
    await core.dispose()
  }
  return service
}
