/** The catalog of the shipped seeds, built with the app's own parser and catalog modules. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildCatalog } from '../../../../../src/shared/domain/catalog/buildCatalog'
import { parseDocument } from '../../../../../src/shared/domain/parse/index'
import type { CatalogEntry } from '../../../../../src/shared/domain/types'

const SEEDS = join(__dirname, '../../../../../resources/seeds')

export function seedEntries(): CatalogEntry[] {
  const items = readdirSync(SEEDS)
    .sort()
    .flatMap((file) => parseDocument(readFileSync(join(SEEDS, file), 'utf8'), file))
  return buildCatalog(items).entries
}
