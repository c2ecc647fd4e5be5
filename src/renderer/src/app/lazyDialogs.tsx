/**
 * The notebook's occasional dialogs, loaded on first open: they stay out of the JavaScript the
 * window needs at start-up (`dist:check` holds that to 1 MB). Each keeps its component's props.
 */
import { onDemand } from '@renderer/components/onDemand'

export const BackupDialog = onDemand(() =>
  import('@renderer/features/backup/BackupDialog').then((m) => m.BackupDialog)
)
export const ExportDialog = onDemand(() =>
  import('@renderer/features/export/ExportDialog').then((m) => m.ExportDialog)
)
export const AliasesDialog = onDemand(() =>
  import('@renderer/features/aliases/AliasesDialog').then((m) => m.AliasesDialog)
)
export const QuestionFormDialog = onDemand(() =>
  import('@renderer/features/catalog/QuestionFormDialog').then((m) => m.QuestionFormDialog)
)
export const SyncConflictsDialog = onDemand(() =>
  import('@renderer/features/conflicts/SyncConflictsDialog').then((m) => m.SyncConflictsDialog)
)
export const SourcePreviewDialog = onDemand(() =>
  import('@renderer/features/catalog/SourcePreviewDialog').then((m) => m.SourcePreviewDialog)
)
