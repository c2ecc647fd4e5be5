/** Export (Markdown, CSV, Anki) and backup / restore, over the notebook's live state. */
import { dirname, isAbsolute, resolve } from 'node:path'
import type { ExportData } from '../../../shared/domain/export/types'
import { selectEntries } from '../../../shared/domain/export/selectEntries'
import type { Handlers } from '../../../shared/ipc/contract'
import type { ExportRequest } from '../../../shared/ipc/types'
import type { StudyState } from '../../../shared/study'
import { STORE_KEYS } from '../../store/keyValueStore'
import {
  backupPathsFor,
  createBackup,
  ensureDailyBackup,
  listBackups,
  previewRestore,
  restoreBackup
} from '../backup/index'
import { scopeTitle } from '../../../shared/domain/export/scopeTitle'
import { exportNotebook } from '../export/exportNotebook'
import { exportProgressReporter } from './exportProgressReporter'
import type { NotebookCore } from './notebookCore'

type ExportBackupChannel =
  'export:run' | 'backup:create' | 'backup:list' | 'backup:preview' | 'backup:restore'

// Keys of config.json a restore brings back; window bounds stay those of this machine.
const RESTORED_KEYS = [STORE_KEYS.settings, STORE_KEYS.sources, STORE_KEYS.study] as const

/** Every answer body and study state, for exporting. */
async function notebookData(core: NotebookCore): Promise<ExportData> {
  const notes: Record<string, string> = {}
  for (const id of core.vault.answeredIds()) {
    const doc = await core.vault.load(id).catch(() => null)
    if (doc) notes[id] = doc.markdown
  }
  const study: Record<string, StudyState> = {}
  for (const entry of core.catalog.entries) study[entry.id] = core.studyOf(entry.id)
  return { entries: core.catalog.entries, notes, study }
}

// A text query goes through the search engine, so the export holds what the search showed.
async function searchIds(core: NotebookCore, request: ExportRequest): Promise<Set<string> | null> {
  if (!request.query?.trim()) return null
  for (let attempt = 0; attempt < 3; attempt++) {
    const response = await core.query({
      query: request.query,
      ...(request.filters ? { filters: request.filters } : {}),
      limit: 100000
    })
    // Superseded by a query typed meanwhile: ask again rather than export nothing.
    if (!('cancelled' in response && response.cancelled))
      return new Set(response.hits.map((h) => h.id))
  }
  throw new Error('The search was busy; try the export again.')
}

/** Backup paths for the folder the notebook has open now. */
function pathsOf(core: NotebookCore) {
  return backupPathsFor(core.dataDir, core.vault.dir)
}

// A backup from our own backups folder (the list the dialog shows) or one picked in its dialog.
function backupArchive(core: NotebookCore, archive: string): string {
  const backupsDir = resolve(pathsOf(core).backupsDir)
  if (isAbsolute(archive) && dirname(resolve(archive)) === backupsDir) return resolve(archive)
  return core.grants.require(
    archive,
    ['backup-archive'],
    'the backup',
    'with Restore from file… in the Backups dialog'
  )
}

/** Makes today's automatic backup (once a day, the last 7 kept); failures become a notice. */
export async function runDailyBackup(core: NotebookCore): Promise<void> {
  try {
    await ensureDailyBackup(pathsOf(core), { now: core.now() })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    core.notify({ level: 'warning', message: `Today's automatic backup failed: ${reason}` })
  }
}

/** The export and backup handlers over `core`. */
export function exportBackupHandlers(core: NotebookCore): Pick<Handlers, ExportBackupChannel> {
  return {
    async 'export:run'(request) {
      // Written only where the Export dialog said: a file the user picked (and agreed to
      // replace), or a folder they chose; never a relative path or one the renderer made up.
      const toFile = request.format !== 'md' || request.layout === 'single'
      const out = core.grants.require(
        request.out,
        [toFile ? 'export-file' : 'export-folder'],
        toFile ? 'the export file' : 'the export folder',
        'in the Export dialog'
      )
      const data = await notebookData(core)
      const ids = await searchIds(core, request)
      const entries = ids
        ? data.entries.filter((e) => ids.has(e.id))
        : selectEntries(data, { filters: core.resolveFilters(request.filters) })
      const onProgress = exportProgressReporter((p) => core.emit('export:progress', p))
      return exportNotebook(
        { ...request, out },
        { ...data, entries },
        { now: core.now(), onProgress, title: scopeTitle(request) }
      )
    },
    'backup:create': () => createBackup(pathsOf(core), 'manual', { now: core.now() }),
    'backup:list': () => listBackups(pathsOf(core).backupsDir),
    'backup:preview': async (archive) =>
      previewRestore(backupArchive(core, archive), pathsOf(core)),
    async 'backup:restore'(requested) {
      const archive = backupArchive(core, requested)
      const notebookDir = core.vault.dir
      const keepDir = core.settings.get().notebookDir
      const result = await restoreBackup(archive, pathsOf(core), {
        now: core.now(),
        applyConfig: (config) => {
          for (const key of RESTORED_KEYS) if (key in config) core.store.set(key, config[key])
          // The answers were restored into the folder open now; keep pointing at it.
          core.settings.update({ notebookDir: keepDir })
        }
      })
      await core.reloadStudy()
      await core.switchVault(notebookDir)
      await core.reloadCatalog()
      return result
    }
  }
}
