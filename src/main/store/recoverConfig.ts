/**
 * Start-up checks for config.json before electron-store or conf reads it (both throw on a
 * corrupted file). A damaged file is kept byte for byte beside it, the last good copy
 * (`config.json.bak`, refreshed after every successful load) or the defaults take its place,
 * and the user is told. No electron import: the app, the bridge and the tests share it.
 */
import { readFile, rename } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { AppNotice } from '../../shared/ipc/types'
import { removeStaleTempFiles, writeFileAtomic } from '../services/files/atomicWrite'

export interface ConfigRecovery {
  /** What to tell the user (empty when all was well). */
  notices: AppNotice[]
  /** Where the damaged file was kept, if any. */
  keptCorruptAs: string | null
  restoredFrom: 'backup' | 'defaults' | null
  removedTempFiles: string[]
}

/** Path of the last good copy of `configFile`. */
export function backupPathFor(configFile: string): string {
  return `${configFile}.bak`
}

/** Reads a file as a JSON object; returns null when missing, throws a reason when damaged. */
async function readJsonObject(file: string): Promise<Record<string, unknown> | null> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  const value: unknown = JSON.parse(text)
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Error('not a JSON object')
  return value as Record<string, unknown>
}

async function isGoodJson(file: string): Promise<boolean> {
  try {
    return (await readJsonObject(file)) !== null
  } catch {
    return false
  }
}

/**
 * Makes `configFile` loadable: cleans temp files of killed writes, and when the file is damaged
 * moves it to `config.corrupt-<timestamp>.json` and restores the backup or nothing (defaults).
 */
export async function recoverConfigFile(
  configFile: string,
  now: () => number = Date.now
): Promise<ConfigRecovery> {
  const dir = dirname(configFile)
  const removedTempFiles = await removeStaleTempFiles(dir)
  const result: ConfigRecovery = {
    notices: [],
    keptCorruptAs: null,
    restoredFrom: null,
    removedTempFiles
  }
  let reason: string | null = null
  try {
    await readJsonObject(configFile)
  } catch (error) {
    // File-system errors (permissions) are not corruption: let the caller report them.
    if ((error as NodeJS.ErrnoException).code) throw error
    reason = error instanceof Error ? error.message : String(error)
  }
  if (reason === null) return result

  const stamp = new Date(now()).toISOString().replace(/[:.]/g, '-')
  const name = basename(configFile).replace(/\.json$/, '')
  const keptAs = join(dir, `${name}.corrupt-${stamp}.json`)
  // rename keeps the damaged bytes exactly as they were.
  await rename(configFile, keptAs)
  result.keptCorruptAs = keptAs
  const backup = backupPathFor(configFile)
  if (await isGoodJson(backup)) {
    await writeFileAtomic(configFile, await readFile(backup))
    result.restoredFrom = 'backup'
    result.notices.push({
      level: 'warning',
      message: `Your settings file was damaged; we restored the last good copy and kept the damaged file at ${keptAs}.`
    })
  } else {
    result.restoredFrom = 'defaults'
    result.notices.push({
      level: 'warning',
      message: `Your settings file was damaged and no good copy was found; we started from the defaults and kept the damaged file at ${keptAs}. Your answers are not affected.`
    })
  }
  return result
}

/** After a successful load, keeps the file as the last good copy. */
export async function saveGoodCopy(configFile: string): Promise<void> {
  if (!(await isGoodJson(configFile))) return
  await writeFileAtomic(backupPathFor(configFile), await readFile(configFile))
}
