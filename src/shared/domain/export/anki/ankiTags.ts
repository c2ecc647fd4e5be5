/** Tags as Anki keeps them: no spaces inside a tag (Anki splits on spaces), each once. */

/** `section` (when given) and `tags`, spaces turned into `_`, duplicates dropped (any case). */
export function ankiTags(sections: readonly string[], tags: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of [...sections, ...tags]) {
    const tag = raw.trim().replace(/\s+/g, '_')
    if (tag === '' || seen.has(tag.toLowerCase())) continue
    seen.add(tag.toLowerCase())
    out.push(tag)
  }
  return out
}
