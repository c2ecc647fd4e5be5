/**
 * List entries each followed by their own code: an exercise workbook's task list.
 *
 *   - Create a new branch `dev`          ← the task (an instruction, no question mark)
 *
 *   ```sh
 *   git branch dev                       ← its solution: the fences after it, at the
 *   ```                                    entry's indentation or deeper
 *
 *   - Request a review                   ← a task with no code is still a task
 *
 * One coded step is a how-to; a list where most entries come with code, and several do, is a
 * set of tasks with their solutions, so every entry is a question.
 */

import { buildAnswer } from './buildAnswer'
import { extractLinks } from './cleanText'
import type { AnswerRead } from './readAnswer'
import type { Doc } from './scanLines'

// Entries with code a list needs before it reads as tasks, not as a how-to's steps.
const MIN_CODED = 3

/**
 * The fence or fences (blank lines between allowed) after a list entry whose next line is
 * `start`, when they sit at the entry's indentation or deeper; null when no fence is next.
 * Fences holding nothing give no answer but are still the entry's.
 */
export function codeAfterEntry(doc: Doc, start: number, indent: number): AnswerRead | null {
  const lines = doc.lines
  const n = lines.length
  const first = doc.nextNonBlank[start] ?? n
  let k = first
  let end = first
  let filled = false
  while (lines[k]?.fence === 'open' && lines[k]!.indent >= indent) {
    k++
    for (; k < n && lines[k]!.code && lines[k - 1]!.fence !== 'close'; k++) {
      if (lines[k]!.fence === null && !lines[k]!.blank) filled = true
    }
    end = k
    k = doc.nextNonBlank[k] ?? n
  }
  if (end === first) return null
  const raw = lines.slice(first, end).map((l) => l.raw)
  return {
    answer: filled ? buildAnswer(raw) : null,
    links: extractLinks(raw.join('\n')),
    next: end
  }
}

// A README's own how-to ("## Installation", "Getting started") lists commands to run, not tasks.
const HOW_TO_SECTION =
  /\b(?:install(?:ation|ing)?|set ?up|getting started|get started|quick ?start|usage|how to (?:run|use|build|install)|running|build(?:ing)?|deploy(?:ment|ing)?|requirements|prerequisites|contribut(?:e|ing|ion)|development|step[- ]by[- ]step)\b/i

/** A README's how-to section ("Installation", "Step-by-step guide"): its lists are steps. */
export function isHowToSection(section?: string | null): boolean {
  return !!section && HOW_TO_SECTION.test(section)
}

/**
 * Is a list with these entries followed by code (`coded[k]`) a list of coded tasks? Not in a
 * README's how-to section.
 */
export function isCodedTaskList(coded: readonly boolean[], section?: string | null): boolean {
  if (isHowToSection(section)) return false
  const count = coded.filter(Boolean).length
  return count >= MIN_CODED && count * 2 >= coded.length
}

interface CodedEntry {
  answer: string | null
  codeBelow: boolean
}

/** Followed by its own code: fences after a blank line, or an answer that is a fence. */
function isCoded(entry: CodedEntry): boolean {
  return entry.codeBelow || (entry.answer !== null && /^(?:`{3}|~{3})/.test(entry.answer))
}

/** Every entry a question when the list is one of coded tasks; else null (judge it otherwise). */
export function codedTaskKinds(
  entries: readonly CodedEntry[],
  section?: string | null
): 'question'[] | null {
  return isCodedTaskList(entries.map(isCoded), section) ? entries.map(() => 'question') : null
}
