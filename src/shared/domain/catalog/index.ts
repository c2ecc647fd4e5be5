/** The catalog: merging duplicates, stable ids, related questions. */
export { buildCatalog } from './buildCatalog'
export { catalogStats, type CatalogStats } from './catalogStats'
export { linkRelated, type LinkOptions } from './linkRelated'
export { mergeDuplicates } from './mergeDuplicates'
export { normalizePrompt } from './normalizePrompt'
export { stableId, slugify } from './stableId'
export { distinctiveTerms } from './distinctiveTerms'
