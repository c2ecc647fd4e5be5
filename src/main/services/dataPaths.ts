/**
 * Where Study Notebook keeps its data. The Electron app, the command line and the browser test
 * bridge all resolve the same folder, so the CLI sees the app's sources and notes.
 */
import { homedir } from 'node:os'
import { join } from 'node:path'

/** Folder name under the platform's app-data folder; equals package.json "name" (Electron's userData). */
export const APP_DIR_NAME = 'study-notebook'

/** `STUDY_NOTEBOOK_DATA` overrides; otherwise the platform's per-user app-data folder. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env['STUDY_NOTEBOOK_DATA']
  if (override) return override
  if (process.platform === 'win32')
    return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME)
  if (process.platform === 'darwin')
    return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME)
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), APP_DIR_NAME)
}

/** The fixed layout inside the data folder. */
export function dataPaths(dataDir: string) {
  return {
    dataDir,
    /** electron-store / conf file: settings, window, sources, study state. Kept small. */
    configFile: join(dataDir, 'config.json'),
    /** Default notebook folder: one `<entry id>.md` per personal answer. */
    notebookDir: join(dataDir, 'notebook'),
    /** Cached search indexes keyed by a hash of sources and index settings. */
    cacheDir: join(dataDir, 'cache'),
    backupsDir: join(dataDir, 'backups'),
    /** The window state reopened at the next start (search, filters, open question). */
    sessionFile: join(dataDir, 'session.json'),
    /** Append-only review log, one JSON line per review (study mode). */
    reviewLog: join(dataDir, 'reviews.jsonl')
  }
}
export type DataPaths = ReturnType<typeof dataPaths>
