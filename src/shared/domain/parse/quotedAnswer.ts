/**
 * Answers written as block quotes (`> **Answer:**` / `> The defer statement…`): the quote sets
 * the answer off from its question, it is not a citation. A quote labelled as the answer is
 * unquoted line by line (code fences are left as they are), so its text reads plainly and its
 * label can be found and dropped.
 */

const FENCE = /^[ \t]*(`{3,}|~{3,})/
const QUOTE_MARK = /^[ \t]{0,3}>[ \t]?/

/**
 * Does the answer open with a quote labelled as the answer? Its first quoted line is the label
 * (`> **Answer:** …`), a label stood just before it (`labelled`), or its first line is a label
 * with nothing after it but the quote (`**Answer:**` over `> …`, `**Answer:** > …`).
 */
function opensLabelledQuote(
  first: string,
  labelled: boolean,
  labelRest: (text: string) => string | null
): boolean {
  if (FENCE.test(first)) return false
  if (QUOTE_MARK.test(first))
    return labelled || labelRest(first.replace(QUOTE_MARK, '').trim()) !== null
  const rest = labelRest(first.trim())?.trimStart()
  return rest !== undefined && (rest === '' || rest.startsWith('>'))
}

/**
 * The lines without their quote markers when the answer is a quote labelled as the answer (see
 * `opensLabelledQuote`; `labelRest` gives the text after an answer label, or null). Any other
 * quote (a quoted sub-part, a citation) is kept as written.
 */
export function unquoteAnswer(
  lines: string[],
  labelled: boolean,
  labelRest: (text: string) => string | null
): string[] {
  const first = lines.find((l) => l.trim() !== '')
  if (first === undefined || !opensLabelledQuote(first, labelled, labelRest)) return lines
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
