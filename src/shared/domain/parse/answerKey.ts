/**
 * An answer key kept apart from a quiz's questions, usually at the end:
 *   ## Solutions                     | Question | Answer | Explanation |
 *   1. (B)                           |----------|--------|-------------|
 *   2. D                             | 1        | B      | GET reads   |
 * Each entry gives a question's number, the letters of its options, and maybe a note.
 */

/** One key entry: the option letters (lower case) and the note beside them, if any. */
export interface KeyEntry {
  letters: string[]
  note: string
}

// `1. (B)`, `2) d`, `3 - C`, `4: A`, `**5.** B`: a number and a letter, nothing else.
const KEY_LINE =
  /^(?:\*\*)?(\d{1,3})(?:\*\*)?[ \t]*[.):–—-][ \t]*(?:\*\*)?\(?([A-Ha-h])\)?(?:\*\*)?[ \t]*$/
const LETTER_CELL = /^(?:\*\*)?\(?([A-Ha-h])\)?(?:\*\*)?$/

// A key is a run of entries, not one line that happens to look like one.
const MIN_ENTRIES = 3

// One cell of a key grid: `11. b`, `3) C (ch.06)`; the note in brackets is a reference, dropped.
const GRID_CELL =
  /(\d{1,3})[.)][ \t]+\(?([A-Ha-h])\)?(?![\p{L}\p{N}])(?:[ \t]*\([^()\n]{0,40}\))?/gu
const MIN_GRID_CELLS = 2

/**
 * `1.  c (ch.01)    11. b (ch.13)    21. b (ch.02)`: a row of a key laid out as a grid (often
 * in a code block, to keep its columns), nothing but cells. The cells, else null.
 */
function gridRow(text: string): Array<[number, string]> | null {
  if (text.length > 400 || !/^\d/.test(text)) return null
  const cells: Array<[number, string]> = []
  let covered = 0
  for (const m of text.matchAll(GRID_CELL)) {
    if (text.slice(covered, m.index).trim() !== '') return null
    cells.push([Number(m[1]), m[2]!.toLowerCase()])
    covered = m.index + m[0].length
  }
  if (text.slice(covered).trim() !== '') return null
  return cells.length >= MIN_GRID_CELLS ? cells : null
}

/**
 * The answer key of a document, by question number; empty when it has none.
 * @param lines the document's lines outside code, as text.
 * @param codeLines its lines inside code blocks: only key grid rows are read from them.
 */
export function readAnswerKey(
  lines: readonly string[],
  codeLines: readonly string[] = []
): Map<number, KeyEntry> {
  const key = new Map<number, KeyEntry>()
  for (const raw of [...lines, ...codeLines]) {
    const row = gridRow(raw.trim())
    if (row) for (const [n, letter] of row) key.set(n, { letters: [letter], note: '' })
  }
  for (const raw of lines) {
    const text = raw.trim()
    if (text.length > 400) continue
    const m = KEY_LINE.exec(text)
    if (m) {
      key.set(Number(m[1]), { letters: [m[2]!.toLowerCase()], note: '' })
      continue
    }
    if (!text.startsWith('|')) continue
    // `| 1 | B | note |`: the first cell a number, the second one letter.
    const cells = text
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim())
    const letter = LETTER_CELL.exec(cells[1] ?? '')
    if (/^\d{1,3}$/.test(cells[0] ?? '') && letter)
      key.set(Number(cells[0]), { letters: [letter[1]!.toLowerCase()], note: cells[2] ?? '' })
  }
  return key.size >= MIN_ENTRIES ? key : new Map()
}

/**
 * True when a text is nothing but an answer key (its lines, or a key table with its header), as
 * when the last question of a quiz runs on into the key: that is no answer of its own.
 */
export function isAnswerKey(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '')
  if (readAnswerKey(lines).size === 0) return false
  return lines.every((line) => {
    const t = line.trim()
    return KEY_LINE.test(t) || t.startsWith('|')
  })
}
