/**
 * The flat view of each selected question that the CSV and Anki exporters share: prompt, my
 * answer, reference answers, section, tags and status, in export order.
 */
import type { ReferenceAnswer } from '../types'
import { DEFAULT_STUDY_STATE, type StudyStatus } from '../../study'
import type { ExportData } from './types'
import { answerBody, hasAnswer, primarySection } from './renderQuestion'

export interface QuestionRecord {
  id: string
  prompt: string
  /** My answer as Markdown (outer blank lines dropped, fences closed), or null when unanswered. */
  myAnswer: string | null
  /** Empty when the export leaves reference answers out; `from` says where each came from. */
  references: ReadonlyArray<ReferenceAnswer & { from: string }>
  section: string | null
  tags: readonly string[]
  status: StudyStatus
}

/** One record per entry of `data`, in order. */
export function questionRecords(data: ExportData, includeReference: boolean): QuestionRecord[] {
  return data.entries.map((entry) => {
    const note = data.notes[entry.id]
    const study = data.study[entry.id] ?? DEFAULT_STUDY_STATE
    return {
      id: entry.id,
      prompt: entry.prompt,
      myAnswer: hasAnswer(note) ? answerBody(note) : null,
      references: includeReference
        ? entry.answers.map((r) => ({ ...r, from: referenceSource(r, data.sourceLabels) }))
        : [],
      section: primarySection(entry),
      tags: study.tags,
      status: study.status
    }
  })
}

/** "From Python notes, line 12:" — where a reference answer came from, by the source's label. */
export function referenceSource(
  reference: ReferenceAnswer,
  sourceLabels?: Readonly<Record<string, string>>
): string {
  const { file, line } = reference.source
  return `From ${sourceLabels?.[file] ?? file}, line ${line}:`
}
