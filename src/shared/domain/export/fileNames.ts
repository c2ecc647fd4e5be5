/** Portable, unique file names for folder exports (safe on Windows, macOS and Linux). */
import { slugify } from '../catalog/stableId'

const MAX_NAME = 60

/** A file-name slug of `text` (see slugify); `fallback` when nothing is left. */
export function fileSlug(text: string, fallback: string): string {
  return slugify(text, MAX_NAME, fallback)
}

/** Hands out `<slug>.md` names, adding `-2`, `-3` on repeats; reserved names are never used. */
export class FileNamer {
  private readonly used = new Set<string>()

  constructor(reserved: readonly string[] = []) {
    for (const name of reserved) this.used.add(name.toLowerCase())
  }

  /** A unique `.md` file name for `text`. Case-insensitive, for case-insensitive file systems. */
  name(text: string, fallback: string): string {
    const base = fileSlug(text, fallback)
    let candidate = `${base}.md`
    for (let n = 2; this.used.has(candidate.toLowerCase()); n++) candidate = `${base}-${n}.md`
    this.used.add(candidate.toLowerCase())
    return candidate
  }
}
