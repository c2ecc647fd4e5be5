/**
 * How many of the answer toolbar's tools fit on one row; the rest go into its "More" menu.
 * Pure arithmetic on measured widths, so the rule is unit-tested without a layout engine.
 */

/**
 * The number of leading tools that fit in `available` px: all of them when they fit with
 * `fixed` (always-shown parts, such as the language picker), else as many as fit beside the
 * More button as well. Widths are in order; `gap` is the space between neighbours. A separator
 * (`separators` holds its indexes) is never left dangling at the end of the row.
 */
export function fitCount(
  widths: readonly number[],
  available: number,
  options: { gap: number; more: number; fixed?: number; separators?: ReadonlySet<number> }
): number {
  const { gap, more } = options
  const fixed = options.fixed ?? 0
  const span = (n: number): number =>
    widths.slice(0, n).reduce((sum, w) => sum + w, 0) + Math.max(0, n - 1) * gap
  const extra = (parts: number[]): number => parts.filter((w) => w > 0).length * gap
  if (span(widths.length) + fixed + extra([fixed]) <= available) return widths.length
  let n = widths.length - 1
  while (n > 0 && span(n) + fixed + more + extra([fixed, more]) > available) n--
  while (n > 0 && options.separators?.has(n - 1)) n--
  return n
}
