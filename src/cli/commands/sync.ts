/**
 * `notebook sync [--remote URL] [--notebook <dir>]`: one git sync of the notebook folder, for a
 * cron job. The remote comes from --remote or the app's Sync settings; the token from
 * STUDY_NOTEBOOK_GIT_TOKEN (none: a public or local remote). Prints one line.
 * Exit codes: 0 synced (or committed, with no remote), 1 sync failed (offline, refused: the work
 * is committed locally), 3 files need the user's choice, 2 bad usage.
 */
import { readFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { checkRemoteUrl } from '../../shared/domain/sync/remoteUrl'
import { dataPaths, defaultDataDir } from '../../main/services/dataPaths'
import { outcomeOfError, outcomeOfRun } from '../../main/services/sync/describeOutcome'
import { runSync } from '../../main/services/sync/runSync'
import { readSyncSettings } from '../../main/services/sync/syncSettingsStore'
import { createMemoryStore } from '../../main/store/keyValueStore'
import { CliError } from '../cliError'

const OPTIONS = { remote: { type: 'string' }, notebook: { type: 'string' } } as const

// Read, never written: the app may be running and owns config.json.
async function readConfig(dataDir: string): Promise<Record<string, unknown>> {
  try {
    const value: unknown = JSON.parse(await readFile(dataPaths(dataDir).configFile, 'utf8'))
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** Runs one sync; see the module comment for the exit codes. */
export async function run(argv: string[]): Promise<number> {
  let args: { remote?: string; notebook?: string }
  try {
    args = parseArgs({ args: argv, options: OPTIONS, strict: true }).values
  } catch (error) {
    throw new CliError(`sync: ${error instanceof Error ? error.message : String(error)}`)
  }
  const dataDir = defaultDataDir()
  const config = await readConfig(dataDir)
  const settings = config['settings'] as { notebookDir?: unknown } | undefined
  const dir = args.notebook
    ? resolve(args.notebook)
    : typeof settings?.notebookDir === 'string' && settings.notebookDir
      ? settings.notebookDir
      : dataPaths(dataDir).notebookDir
  const url = args.remote ?? readSyncSettings(createMemoryStore(config)).remoteUrl
  const checked = url ? checkRemoteUrl(url) : null
  if (checked && !checked.ok) throw new CliError(`sync: ${checked.message}`)
  const remote =
    checked?.ok === true
      ? {
          url: checked.url,
          host: checked.host,
          token: process.env['STUDY_NOTEBOOK_GIT_TOKEN'] || null
        }
      : null
  try {
    const result = await runSync({ dir, device: hostname(), remote })
    const outcome = outcomeOfRun(result, remote !== null, Date.now())
    process.stdout.write(`${outcome.message}\n`)
    return outcome.result === 'conflicts' ? 3 : 0
  } catch (error) {
    process.stderr.write(`notebook: ${outcomeOfError(error, Date.now()).message}\n`)
    return 1
  }
}
