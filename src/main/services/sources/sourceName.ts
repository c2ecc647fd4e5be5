/** How a document is named in SourceRef.file: short, but unique among the loaded documents. */

/**
 * The base name of `path`, widened with parent folders (`a/notes.md`) only when another
 * document already took the shorter name. Records the chosen name in `used`.
 */
export function uniqueSourceName(path: string, used: Set<string>): string {
  const parts = path.split(/[\\/]/).filter((p) => p.length > 0 && p !== '.')
  for (let take = 1; take <= parts.length; take++) {
    const name = parts.slice(-take).join('/')
    if (!used.has(name)) {
      used.add(name)
      return name
    }
  }
  // Only the same path given twice gets here; the full path keeps the name distinct anyway.
  let n = 2
  while (used.has(`${path}#${n}`)) n++
  const name = `${path}#${n}`
  used.add(name)
  return name
}
