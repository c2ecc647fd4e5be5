/**
 * sql.js (SQLite as WebAssembly: no native build per platform), started once on first use and
 * shared by the Anki importer and exporter. Its .wasm file is found beside the package.
 */
import { createRequire } from 'node:module'
import { PortUnavailableError } from '../../../shared/domain/import/types'

const require = createRequire(import.meta.url)

export type SqlJs = Awaited<ReturnType<(typeof import('sql.js'))['default']>>
let sqlJs: Promise<SqlJs> | null = null

/** The started sql.js module; a missing package rejects with PortUnavailableError. */
export function loadSqlJs(): Promise<SqlJs> {
  sqlJs ??= import('sql.js')
    .catch((error: unknown) => {
      throw new PortUnavailableError('sql.js', error)
    })
    .then(({ default: init }) =>
      init({ locateFile: (file: string) => require.resolve(`sql.js/dist/${file}`) })
    )
  return sqlJs
}
