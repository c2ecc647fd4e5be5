/**
 * A chat assistant's page copied as text keeps each code block's header: its language on a
 * line, then the copy button's label (`Copy` / `Edit`, `Copy code`). Those lines are not
 * content; blanked (line for line), the code under them reads as the bare code it is.
 */

const LANGUAGE = /^[ \t]*[A-Za-z][\w+#-]{0,19}[ \t]*$/
const COPY = /^[ \t]*Copy(?: code)?[ \t]*$/
const EDIT = /^[ \t]*Edit[ \t]*$/

/** The lines with every `language` / `Copy` (/ `Edit`) header blanked. */
export function blankCopyButtons(lines: readonly string[]): string[] {
  let out: string[] | null = null
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!COPY.test(lines[i + 1]!) || !LANGUAGE.test(lines[i]!)) continue
    out ??= [...lines]
    out[i] = ''
    out[i + 1] = ''
    if (i + 2 < lines.length && EDIT.test(lines[i + 2]!)) out[i + 2] = ''
  }
  return out ?? [...lines]
}
