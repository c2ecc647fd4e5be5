/** The user's corrections to the parsed catalog, applied over every re-parse. */
export { applyOverrides } from './applyOverrides'
export { findEntry, entryLookup, promptSimilarity } from './findEntry'
export {
  formatOverridesFile,
  overrideSchema,
  readOverridesFile,
  OVERRIDES_FILE
} from './overridesFile'
export { combineNotes } from './combineNotes'
export type * from './types'
