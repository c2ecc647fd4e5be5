/** Parsed items in, the catalog out: duplicates merged, stable ids, related questions linked. */
import type { Catalog, ParsedItem } from '../types'
import { linkRelated, type LinkOptions } from './linkRelated'
import { mergeDuplicates } from './mergeDuplicates'

/**
 * Builds the catalog from every item of every document, in input order. Pure: the same items
 * give the same catalog, and the same prompt always gives the same entry id.
 */
export function buildCatalog(items: readonly ParsedItem[], options: LinkOptions = {}): Catalog {
  const entries = mergeDuplicates(items)
  linkRelated(entries, options)
  return { entries, itemCount: items.length }
}
