/**
 * `npm run -s notebook -- <command> ...`: the command line over the same pure modules the app
 * uses. Each command lives in commands/<name>.ts and returns an exit code.
 * Bad input exits 2 with one line on stderr and no stack trace.
 */
import { CliError } from './cliError'

type Command = (argv: string[]) => Promise<number>

const commands: Record<string, () => Promise<{ run: Command }>> = {
  parse: () => import('./commands/parse'),
  search: () => import('./commands/search'),
  export: () => import('./commands/export'),
  sync: () => import('./commands/sync')
}

const USAGE = `usage: notebook <command> [options]
  parse <file...> [--json]
  search "<query>" [--json] [--limit N]
  export --out <file-or-dir> [--format md|csv|apkg] [--query <text>] [--answered]
         [--favourites] [--no-reference] [--per-question | --per-section] [--for-anki]
         [--notebook <dir>]
  sync [--remote <https-url>] [--notebook <dir>]   (token: STUDY_NOTEBOOK_GIT_TOKEN)`

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  const load = name ? commands[name] : undefined
  if (!load) throw new CliError(name ? `unknown command '${name}'\n${USAGE}` : USAGE)
  const { run } = await load()
  return run(rest)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`notebook: ${message}\n`)
    process.exitCode = 2
  }
)
