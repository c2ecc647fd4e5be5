/** What the backups list calls each backup, from the kind its manifest records. */
import type { BackupInfo } from '@shared/ipc/types'

/** A backup's time as the list shows it (local date and time). */
export function backupTime(time: number): string {
  return new Date(time).toLocaleString()
}

/**
 * "Automatic", "Manual", "Before restore of <time of the restored backup>", or for the backup an
 * "Undo restore" took, "Before undo of the restore of <time>". A safety backup from before the
 * manifest said which restore it preceded is "Before a restore".
 */
export function backupLabel(backup: Pick<BackupInfo, 'kind' | 'restore'>): string {
  if (backup.kind === 'automatic') return 'Automatic'
  if (backup.kind === 'manual') return 'Manual'
  if (!backup.restore) return 'Before a restore'
  const of = backupTime(backup.restore.of)
  return backup.restore.undo ? `Before undo of the restore of ${of}` : `Before restore of ${of}`
}
