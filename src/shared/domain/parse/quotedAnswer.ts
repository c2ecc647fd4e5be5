/**
 * Answers written as block quotes (`> **Answer:**` / `> The defer statement…`): the quote sets
 * the answer off from its question, it is not a citation. A quote labelled as the answer is
 * unquoted line by line (code fences are left as they are), so its text reads plainly and its
 * label can be found and dropped.
 */

const FENCE = /^[ \t]*(`{3,}|~{3,})/
const QUOTE_MARK = /^[ \t]{0,3}>[ \t]?/

function firstTextLine(lines: readonly string[]): string | undefined {
  return lines.find((l) => l.trim() !== '')
}

/**
 * The lines without their quote markers when the answer is a quote labelled as the answer:
 * its first line is the label (`> **Answer:** …`, told by `isLabel`), or a label stood just
 * before it (`labelled`). Any other quote (a quoted sub-part, a citation) is kept as written.
 */
export function unquoteAnswer(
  lines: string[],
  labelled: boolean,
  isLabel: (text: string) => boolean
): string[] {
  const first = firstTextLine(lines)
  if (first === undefined || !QUOTE_MARK.test(first) || FENCE.test(first)) return lines
  if (!labelled && !isLabel(first.replace(QUOTE_MARK, '').trim())) return lines
  let fence: string | null = null
  return lines.map((line) => {
    const mark = FENCE.exec(line)?.[1]
    if (fence) {
      if (mark && mark[0] === fence[0] && line.trim().replace(/[`~]/g, '') === '') fence = null
      return line
    }
    if (mark) {
      fence = mark
      return line
    }
    return line.replace(QUOTE_MARK, '')
  })
}

// What a label leaves behind on its line: a second colon (`**Answer:**:`), a stray quote mark
// (`**Answer:** > text`), a hard line break (`**Answer:** \`).
const LABEL_REMNANT = /^(?:[:：>\\][ \t]*)+/

/** The text after an answer label, without what the label left behind. */
export function afterLabel(rest: string): string {
  return rest.trimStart().replace(LABEL_REMNANT, '')
}
