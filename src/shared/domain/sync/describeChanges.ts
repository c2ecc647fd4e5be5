/**
 * The commit message of one sync: what changed in the notebook folder, counted by what the
 * files are ("Study Notebook: 3 answers, 12 reviews from laptop"), so `git log` on either
 * computer reads as a history of the user's work.
 */

/** One path in the commit: added, modified or deleted; `newLines` for an appended log. */
export interface FileChange {
  path: string
  kind: 'added' | 'modified' | 'deleted'
  /** Lines the file gained (logs only: one line is one review or study change). */
  newLines?: number
}

const ANSWER = /^[a-z0-9-]{1,80}\.md$/
const REVIEW_LOG = /^reviews\/[^/]+\.jsonl$/
const STUDY_LOG = /^study\/[^/]+\.jsonl$/

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

/** Counts per kind of file, in the order the message lists them. */
export function countChanges(changes: readonly FileChange[]) {
  const counts = { answers: 0, reviews: 0, studyChanges: 0, myQuestions: 0, corrections: 0 }
  let other = 0
  for (const change of changes) {
    if (ANSWER.test(change.path)) counts.answers += 1
    else if (REVIEW_LOG.test(change.path)) counts.reviews += change.newLines ?? 0
    else if (STUDY_LOG.test(change.path)) counts.studyChanges += change.newLines ?? 0
    else if (change.path === 'My questions.md') counts.myQuestions += 1
    else if (change.path === 'corrections.json') counts.corrections += 1
    else other += 1
  }
  return { ...counts, other }
}

/** The message for a commit of `changes` made on `device` (the computer's name). */
export function describeChanges(changes: readonly FileChange[], device: string): string {
  const c = countChanges(changes)
  const parts: string[] = []
  if (c.answers) parts.push(plural(c.answers, 'answer'))
  if (c.reviews) parts.push(plural(c.reviews, 'review'))
  if (c.studyChanges) parts.push(plural(c.studyChanges, 'study change'))
  if (c.myQuestions) parts.push('my questions')
  if (c.corrections) parts.push('corrections')
  if (c.other) parts.push(plural(c.other, parts.length ? 'other file' : 'file'))
  if (!parts.length) parts.push('no changes')
  return `Study Notebook: ${parts.join(', ')} from ${device}`
}
