/** One ranked catalog entry as the UI receives it, with the ranges to highlight. */
import type { SearchHit } from './types'
import { DEFAULT_STUDY_STATE, type StudyState } from '../../study'
import type { EngineEntry } from './engineEntry'
import { matchRanges } from './matchRanges'

/**
 * Builds the hit for `entry` ranked with `score`; `highlight` holds every indexed term the
 * query matched, `note` the user's answer (if any). `ranges: 'prompt'` skips the section,
 * answer and note ranges: scanning every answer of every hit was half the query time at
 * 50,000 questions, for text the result list never shows.
 */
export function searchHit(
  entry: EngineEntry,
  score: number,
  study: StudyState | undefined,
  note: string | undefined,
  highlight: ReadonlySet<string>,
  ranges: 'prompt' | 'all' = 'all'
): SearchHit {
  const state = study ?? DEFAULT_STUDY_STATE
  return {
    id: entry.id,
    prompt: entry.prompt,
    section: entry.sections[0] ?? null,
    score: Math.round(score * 10000) / 10000,
    askedIn: entry.askedIn,
    answered: (note?.trim() ?? '') !== '',
    status: state.status,
    favourite: state.favourite,
    checked: entry.checked,
    matches: matchRanges(
      ranges === 'prompt'
        ? [['prompt', entry.prompt]]
        : [
            ['prompt', entry.prompt],
            ['section', entry.sections[0]],
            ...entry.answers.map((a, i): [string, string] => [`answer:${i}`, a.markdown]),
            ['mine', note]
          ],
      highlight
    )
  }
}
