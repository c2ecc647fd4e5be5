import { CliError } from '../cliError'

/** Not built yet. */
export async function run(_argv: string[]): Promise<number> {
  throw new CliError('the parse command is not available yet')
}
