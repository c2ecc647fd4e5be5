/**
 * How tests run the command line as a user runs it (`npx tsx src/cli/notebook.ts …`), without
 * the launchers: `node --import tsx` is what tsx's own binary starts, minus npx resolving the
 * package and tsx spawning a second Node process (a third of the CPU and half the wall time
 * of each call on the 2-core CI machine). Same output, same exit codes.
 */

/** The command and arguments that run `notebook <args…>` from the repository root. */
export function notebookCli(...args: string[]): { command: string; args: string[] } {
  return { command: process.execPath, args: ['--import', 'tsx', 'src/cli/notebook.ts', ...args] }
}
