/**
 * Heading anchors as GitHub (and most renderers following github-slugger) make them, with the
 * same `-1`, `-2` suffixes for repeats, so the table of contents links where readers expect.
 */

/** The anchor of one heading's text, before de-duplication. */
export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-')
}

/** Hands out unique anchors in document order, exactly as github-slugger does. */
export class HeadingSlugger {
  private readonly seen = new Map<string, number>()

  /** The unique anchor for the next heading with this text. */
  slug(text: string): string {
    const base = slugOf(text)
    let result = base
    while (this.seen.has(result)) {
      const count = (this.seen.get(base) ?? 0) + 1
      this.seen.set(base, count)
      result = `${base}-${count}`
    }
    this.seen.set(result, 0)
    return result
  }
}
