/** Backup and restore: what the notebook service's `backup:*` handlers call. */
export { backupPathsFor, type BackupPaths } from './backupPaths'
export { BackupError, type BackupFailure } from './backupError'
export {
  createBackup,
  ensureDailyBackup,
  listBackups,
  pruneAutomaticBackups,
  KEEP_AUTOMATIC
} from './createBackup'
export { previewRestore, restoreBackup, type RestoreOptions } from './restoreBackup'
