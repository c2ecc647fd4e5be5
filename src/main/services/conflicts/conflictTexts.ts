/**
 * The two texts of a found conflict, and what each choice keeps. Answers are compared by their
 * body (the front matter is the app's own and is written again on save); other notebook files
 * as they are.
 */
import { readFile } from 'node:fs/promises'
import { keepBoth, splitConflictMarkers } from '../../../shared/domain/conflicts/conflictMarkers'
import type { ConflictChoice } from '../../../shared/ipc/conflictTypes'
import { parseNoteFile } from '../vault/noteFile'
import type { FoundConflict } from './findSyncConflicts'

export interface ConflictTexts {
  mine: string
  theirs: string
  /** Both kept, or null where that would break the file (JSON). */
  both: string | null
}

const readText = (file: string) =>
  readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return ''
    throw error
  })

function bodyOf(text: string): string {
  try {
    return parseNoteFile(text).body
  } catch {
    // A damaged front matter (say, git markers inside it): the whole text is the answer.
    return text
  }
}

/** Reads both sides of `found` from disk. */
export async function conflictTexts(found: FoundConflict): Promise<ConflictTexts> {
  const isAnswer = found.noteId !== null
  if (found.kind === 'copy') {
    const [original, copy] = [await readText(found.original), await readText(found.file)]
    const mine = isAnswer ? bodyOf(original) : original
    const theirs = isAnswer ? bodyOf(copy) : copy
    return { mine, theirs, both: found.original.endsWith('.json') ? null : keepBoth(mine, theirs) }
  }
  const raw = await readText(found.file)
  let text = raw
  if (isAnswer)
    try {
      text = parseNoteFile(raw).body
    } catch {
      // Markers in the front matter (both computers changed the tags): split the whole file.
      const sides = splitConflictMarkers(raw)
      if (!sides) return { mine: raw, theirs: raw, both: raw }
      const [mine, theirs] = [bodyOf(sides.mine), bodyOf(sides.theirs)]
      return { mine, theirs, both: mine === theirs ? mine : keepBoth(mine, theirs) }
    }
  const sides = splitConflictMarkers(text)
  if (!sides) return { mine: text, theirs: text, both: text }
  return { mine: sides.mine, theirs: sides.theirs, both: sides.both }
}

/** The text a choice keeps; null when that choice is not offered. */
export function chosenText(texts: ConflictTexts, choice: ConflictChoice): string | null {
  return choice === 'mine' ? texts.mine : choice === 'theirs' ? texts.theirs : texts.both
}
