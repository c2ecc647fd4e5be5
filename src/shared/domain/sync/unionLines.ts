/**
 * The merge of an append-only log (`reviews/<device>.jsonl`, `study/<device>.jsonl`) written on
 * two computers: every line either side has, each once. Text in, text out.
 */

/** The time a log line carries (`at`, epoch ms), or null when the line is not such a record. */
function timeOf(line: string): number | null {
  try {
    const value: unknown = JSON.parse(line)
    if (value && typeof value === 'object') {
      const at = (value as Record<string, unknown>)['at']
      if (typeof at === 'number' && Number.isFinite(at)) return at
    }
  } catch {
    // Not JSON (a hand edit, a torn line): it keeps its place in the merged order.
  }
  return null
}

function linesOf(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim().length > 0)
}

/**
 * The union of the lines of `base`, `ours` and `theirs`: identical lines once, in the order the
 * three texts first show them, then sorted by their `at` time when every line has one (a stable
 * sort, so equal times keep that order). Nothing either side wrote is dropped.
 */
export function unionLines(base: string, ours: string, theirs: string): string {
  const seen = new Set<string>()
  const merged: string[] = []
  for (const line of [...linesOf(base), ...linesOf(ours), ...linesOf(theirs)]) {
    if (seen.has(line)) continue
    seen.add(line)
    merged.push(line)
  }
  const times = merged.map(timeOf)
  if (times.every((t) => t !== null)) {
    const order = merged.map((line, i) => ({ line, at: times[i] as number, i }))
    order.sort((a, b) => a.at - b.at || a.i - b.i)
    return order.map((o) => `${o.line}\n`).join('')
  }
  return merged.map((line) => `${line}\n`).join('')
}
