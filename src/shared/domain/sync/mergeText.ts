/**
 * The line-wise three-way merge of one text file edited on two computers. Edits to different
 * lines combine; edits to the same lines become a git conflict block (mine first), so both texts
 * stay in the file until the user chooses. Append-only logs are merged by `unionLines` instead.
 */
import { diff3Merge } from 'node-diff3'
import { unionLines } from './unionLines'

export interface TextMerge {
  /** False when the text holds conflict blocks for the user to settle. */
  clean: boolean
  text: string
}

/** The labels after `<<<<<<<` and `>>>>>>>`. */
export const MINE_LABEL = 'this computer'
export const THEIRS_LABEL = 'the other computer'

// Lines with their line breaks, so the merge keeps CRLF files as they were.
function lines(text: string): string[] {
  return text.split(/(?<=\n)/).filter((line) => line.length > 0)
}

function side(block: string[]): string {
  const text = block.join('')
  return text === '' || text.endsWith('\n') ? text : `${text}\n`
}

/** Merges `ours` and `theirs`, both edited from `base`. */
export function mergeText(base: string, ours: string, theirs: string): TextMerge {
  let clean = true
  let text = ''
  for (const region of diff3Merge(lines(ours), lines(base), lines(theirs), {
    excludeFalseConflicts: true
  })) {
    if (region.ok) text += region.ok.join('')
    if (region.conflict) {
      clean = false
      text += `<<<<<<< ${MINE_LABEL}\n${side(region.conflict.a)}=======\n`
      text += `${side(region.conflict.b)}>>>>>>> ${THEIRS_LABEL}\n`
    }
  }
  return { clean, text }
}

/**
 * The merge for a file of the notebook folder, by name: `*.jsonl` logs are unions of their lines
 * (each device appends records; a record is never edited), every other file a line-wise merge.
 */
export function mergeNotebookFile(
  name: string,
  base: string,
  ours: string,
  theirs: string
): TextMerge {
  if (name.endsWith('.jsonl')) return { clean: true, text: unionLines(base, ours, theirs) }
  return mergeText(base, ours, theirs)
}
