/** "1 answer" / "3 answers": a count with its noun in the right number (renderer and CLI). */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? singular : plural}`
}
