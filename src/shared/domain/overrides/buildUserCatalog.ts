/**
 * The catalog as the user sees it: the sources' items plus My questions, merged into entries,
 * then the user's corrections applied. Pure, so the app, the command line and tests agree.
 */
import { buildCatalog } from '../catalog/buildCatalog'
import {
  formatMyQuestions,
  MY_QUESTIONS_SOURCE,
  type MyQuestion
} from '../myQuestions/myQuestionsDocument'
import { myQuestionItems } from '../parse/formats/myQuestions'
import type { Catalog, ParsedItem } from '../types'
import { applyOverrides } from './applyOverrides'
import type { CorrectedCatalog, Override, OverrideReport } from './types'

export interface UserCatalog {
  /** Sources and My questions merged, before corrections: the `base` corrections compare to. */
  parsed: Catalog
  corrected: CorrectedCatalog
  report: OverrideReport
  /** My questions as parsed items (file `MY_QUESTIONS_SOURCE`). */
  myItems: ParsedItem[]
}

/**
 * Builds the user's catalog. My questions go through the same text the file holds, so what the
 * app shows is exactly what a restart will read back.
 */
export function buildUserCatalog(
  sourceItems: readonly ParsedItem[],
  myQuestions: readonly MyQuestion[],
  overrides: readonly Override[]
): UserCatalog {
  const myItems =
    myQuestions.length > 0
      ? myQuestionItems(formatMyQuestions(myQuestions), MY_QUESTIONS_SOURCE)
      : []
  const parsed = buildCatalog(myItems.length > 0 ? [...sourceItems, ...myItems] : sourceItems)
  const { catalog: corrected, report } = applyOverrides(parsed, overrides)
  return { parsed, corrected, report, myItems }
}
