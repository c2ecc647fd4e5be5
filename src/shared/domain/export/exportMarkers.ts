/**
 * The invisible HTML comments that make an export readable by the app again: one per file saying
 * "this is a Study Notebook export", one per question carrying its exact prompt and section, and
 * a pair around each personal answer. They render as nothing in any Markdown viewer.
 */
import type { ItemKind } from '../types'

export const EXPORT_FORMAT_VERSION = 1

/** The first marker of every exported file (after the front matter, when there is one). */
export const FILE_MARKER = `<!-- study-notebook-export ${EXPORT_FORMAT_VERSION} -->`
export const FILE_MARKER_PATTERN = /^<!-- study-notebook-export (\d+) -->[ \t]*\r?$/m

export const ANSWER_START = '<!-- notebook:answer -->'
const ANSWER_START_PREFIX = '<!-- notebook:answer '

/**
 * The start marker of a personal answer. When the export moved the answer's headings down,
 * it carries their original levels (`{"headings":[2,3]}`) so the answer reads back as written.
 */
export function answerStartMarker(headingLevels: readonly number[]): string {
  if (headingLevels.length === 0) return ANSWER_START
  return `${ANSWER_START_PREFIX}${JSON.stringify({ headings: headingLevels })} -->`
}

/** Reads an answer start marker: the recorded heading levels, or null when the line is none. */
export function readAnswerStart(line: string): { headings: number[] } | null {
  const trimmed = line.trimEnd()
  if (trimmed === ANSWER_START) return { headings: [] }
  if (!trimmed.startsWith(ANSWER_START_PREFIX) || !trimmed.endsWith(' -->')) return null
  try {
    const data = JSON.parse(trimmed.slice(ANSWER_START_PREFIX.length, -4)) as unknown
    const list = (data as { headings?: unknown } | null)?.headings
    if (!Array.isArray(list)) return null
    return { headings: list.filter((n): n is number => Number.isInteger(n)) }
  } catch {
    return null
  }
}
export const ANSWER_END = '<!-- notebook:answer-end -->'

const QUESTION_PREFIX = '<!-- notebook:question '
const QUESTION_SUFFIX = ' -->'

/** What the question marker carries: enough to rebuild the parsed item exactly. */
export interface QuestionMarker {
  id: string
  prompt: string
  section: string | null
  kind: ItemKind
  checked: boolean | null
  links: string[]
}

/**
 * The question marker line. The JSON has `<` and `>` escaped so no prompt can end the comment
 * early (`-->`) or look like HTML; JSON already keeps it on one line.
 */
export function questionMarker(marker: QuestionMarker): string {
  const json = JSON.stringify(marker).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')
  return `${QUESTION_PREFIX}${json}${QUESTION_SUFFIX}`
}

/** Reads a question marker line; null when the line is not one or its data is malformed. */
export function readQuestionMarker(line: string): QuestionMarker | null {
  const trimmed = line.trimEnd()
  if (!trimmed.startsWith(QUESTION_PREFIX) || !trimmed.endsWith(QUESTION_SUFFIX)) return null
  let data: unknown
  try {
    data = JSON.parse(trimmed.slice(QUESTION_PREFIX.length, -QUESTION_SUFFIX.length))
  } catch {
    return null
  }
  if (typeof data !== 'object' || data === null) return null
  const d = data as Record<string, unknown>
  if (typeof d['prompt'] !== 'string' || d['prompt'].trim() === '') return null
  return {
    id: typeof d['id'] === 'string' ? d['id'] : '',
    prompt: d['prompt'],
    section: typeof d['section'] === 'string' ? d['section'] : null,
    kind: d['kind'] === 'topic' ? 'topic' : 'question',
    checked: typeof d['checked'] === 'boolean' ? d['checked'] : null,
    links: Array.isArray(d['links'])
      ? d['links'].filter((l): l is string => typeof l === 'string')
      : []
  }
}

/** True when `text` is a file this app exported (the marker sits near the top). */
export function isNotebookExport(text: string): boolean {
  return FILE_MARKER_PATTERN.test(text.slice(0, 65536))
}
