/** What a backup covers: the answers, the config store (settings, sources, study state), the review log. */
import { dataPaths } from '../dataPaths'

export interface BackupPaths {
  /** The folder of answer files (the settings' notebook folder, or the default one). */
  notebookDir: string
  /** config.json: settings, window, sources list and per-question study state. */
  configFile: string
  /** reviews.jsonl: the practice history. */
  reviewLog: string
  /** Where archives are written and listed. */
  backupsDir: string
}

/** The backup paths of a data folder; `notebookDir` overrides the default answer folder. */
export function backupPathsFor(dataDir: string, notebookDir?: string): BackupPaths {
  const paths = dataPaths(dataDir)
  return {
    notebookDir: notebookDir || paths.notebookDir,
    configFile: paths.configFile,
    reviewLog: paths.reviewLog,
    backupsDir: paths.backupsDir
  }
}
