// One formatter for every count: toLocaleString() builds a new one per call.
const NUMBER = new Intl.NumberFormat()

/** "1 answer" / "3 answers": a count with its noun in the right number (renderer and CLI). */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${NUMBER.format(n)} ${n === 1 ? singular : plural}`
}
