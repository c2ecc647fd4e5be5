/**
 * One question as Markdown: heading, study facts, my answer exactly as written, and the reference
 * answers (each naming its file and line) in block quotes so they read as quoted material.
 */
import type { CatalogEntry, ReferenceAnswer } from '../types'
import type { StudyState } from '../../study'
import { DEFAULT_STUDY_STATE } from '../../study'
import { closeOpenFence } from './codeFences'
import { escapeInline } from './escapeMarkdown'
import { shiftAnswerHeadings } from './answerHeadings'
import { ANSWER_END, answerStartMarker, questionMarker } from './exportMarkers'

export interface QuestionBlockInput {
  entry: CatalogEntry
  /** My answer as written, or undefined/blank when unanswered. */
  note: string | undefined
  study: StudyState | undefined
  /** Heading level of the prompt (1 for per-question files, 3 in the single file). */
  level: number
  includeReference: boolean
  /** SourceRef.file → the label the app shows (ExportData.sourceLabels). */
  sourceLabels?: Readonly<Record<string, string>> | undefined
}

/** The section an entry is filed under in an export (its first section), or null. */
export function primarySection(entry: CatalogEntry): string | null {
  return entry.sections[0] ?? null
}

/** True when the note has any visible content. */
export function hasAnswer(note: string | undefined): note is string {
  return note !== undefined && note.trim() !== ''
}

/** The answer body as it sits between the markers: outer blank lines dropped, fences closed. */
export function answerBody(note: string): string {
  const trimmed = note
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd()
  return closeOpenFence(trimmed)
}

/** "*Status:* learning · *Tags:* a, b · *Favourite* · *Asked in 3 sources*" */
export function factsLine(entry: CatalogEntry, study: StudyState): string {
  const parts = [`*Status:* ${study.status}`]
  if (study.tags.length > 0) parts.push(`*Tags:* ${study.tags.map(escapeInline).join(', ')}`)
  if (study.favourite) parts.push('*Favourite*')
  const sources = entry.askedIn === 1 ? 'source' : 'sources'
  parts.push(`*Asked in ${entry.askedIn} ${sources}*`)
  return parts.join(' · ')
}

/**
 * One reference answer as a block quote headed by where it came from, its headings below the
 * question's `level`.
 */
export function referenceBlock(
  reference: ReferenceAnswer,
  level: number,
  sourceLabels?: Readonly<Record<string, string>>
): string {
  const { file, line } = reference.source
  const body = shiftAnswerHeadings(answerBody(reference.markdown), level).text
  const from = sourceLabels?.[file] ?? file
  const lines = [`From ${escapeInline(from)}, line ${line}:`, '', ...body.split('\n')]
  return lines.map((l) => (l === '' ? '>' : `> ${l}`)).join('\n')
}

/** The Markdown block for one question, without surrounding blank lines. */
export function renderQuestion(input: QuestionBlockInput): string {
  const { entry, note, level, includeReference } = input
  const study = input.study ?? DEFAULT_STUDY_STATE
  const blocks = [
    `${'#'.repeat(level)} ${escapeInline(entry.prompt)}`,
    questionMarker({
      id: entry.id,
      prompt: entry.prompt,
      section: primarySection(entry),
      kind: entry.kind,
      checked: entry.checked,
      links: entry.links
    }),
    factsLine(entry, study),
    '**My answer**'
  ]
  if (hasAnswer(note)) {
    // Headings of the answer go below the prompt's level, or they would break the outline.
    const { text, levels } = shiftAnswerHeadings(answerBody(note), level)
    blocks.push(answerStartMarker(levels), text, ANSWER_END)
  } else blocks.push('*No answer yet.*')
  if (includeReference && entry.answers.length > 0) {
    const label = entry.answers.length === 1 ? 'Reference answer' : 'Reference answers'
    blocks.push(`**${label}**`)
    // One at a time: spreading a merged entry's answers could overflow the call stack.
    for (const answer of entry.answers)
      blocks.push(referenceBlock(answer, level, input.sourceLabels))
  }
  return blocks.join('\n\n')
}
