/**
 * The browser client as a self-contained classic script: tests/bridge/client/notebookClient.ts
 * compiled with TypeScript's transpiler and wrapped so it runs on load.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

let cached: string | null = null

/** JavaScript that installs `window.notebook` when run in a page. */
export function notebookClientScript(): string {
  if (cached) return cached
  const file = join(dirname(fileURLToPath(import.meta.url)), 'client', 'notebookClient.ts')
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS }
  })
  cached = `(function () {\n  var exports = {};\n${outputText}\n  exports.installNotebookClient();\n})();\n`
  return cached
}
