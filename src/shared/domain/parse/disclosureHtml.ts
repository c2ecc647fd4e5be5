/**
 * HTML around an answer hidden behind a disclosure:
 *
 *   ![Easy](…/simple.svg)                              ← a difficulty badge, decoration
 *   <details> <summary> <b> Show Answer </b> </summary>  ← the label, not the answer
 *   <blockquote> … </blockquote>                       ← the answer itself
 *   </details>
 */

const DETAILS_OPEN = /^<details\b/i
// A line holding only a Markdown or HTML image: `![Easy](…)`, `<img src=…>`.
const IMAGE_ONLY = /^(?:!\[[^\]]*\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)|<img\b[^<>]*>)$/i

/**
 * Drops image-only lines (badges) that stand before an answer's `<details>`: the answer is
 * what the disclosure hides; the badge rates the question.
 */
export function dropBadgesBeforeDisclosure(lines: string[]): string[] {
  let badges = 0
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim()
    if (text === '') continue
    if (IMAGE_ONLY.test(text)) {
      badges++
      continue
    }
    return badges > 0 && DETAILS_OPEN.test(text) ? lines.slice(i) : lines
  }
  return lines
}

/**
 * Removes `<summary>…</summary>` from a line, tags inside it included (`<summary><b>Show
 * Answer</b></summary>`); found by index so a line of many `<summary` stays linear.
 */
export function dropSummary(line: string): string {
  const lower = line.toLowerCase()
  const open = lower.indexOf('<summary')
  if (open < 0) return line
  const close = lower.indexOf('</summary>', open)
  if (close < 0) return line
  return line.slice(0, open) + line.slice(close + '</summary>'.length)
}
