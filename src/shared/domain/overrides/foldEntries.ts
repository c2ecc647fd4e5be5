/**
 * The two structural corrections: folding one entry into another (merge) and cutting one
 * apart (split). They work on entries the caller owns (copies), replacing arrays rather than
 * pushing into them, so a parsed catalog shared with others is never changed.
 */
import { normalizePrompt } from '../catalog/normalizePrompt'
import { stableId } from '../catalog/stableId'
import { emptyEntry } from '../catalog/emptyEntry'
import type { CatalogEntry, EntryCorrections } from '../types'

/** The entry's corrections record, created on first use. */
export function correctionsOf(entry: CatalogEntry): EntryCorrections {
  if (!entry.corrections) entry.corrections = { applied: [] }
  return entry.corrections
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  const out = [...a]
  for (const item of b) if (!out.includes(item)) out.push(item)
  return out
}

/**
 * Folds `from` into `into`: every occurrence, reference answer (identical texts once), link and
 * section of both stay, and `from`'s prompt is kept as another way the question is asked.
 */
export function foldInto(into: CatalogEntry, from: CatalogEntry): void {
  into.occurrences = [...into.occurrences, ...from.occurrences]
  const texts = new Set(into.answers.map((a) => a.markdown))
  into.answers = [...into.answers, ...from.answers.filter((a) => !texts.has(a.markdown))]
  into.links = union(into.links, from.links)
  into.sections = union(into.sections, from.sections)
  into.askedIn = new Set(into.occurrences.map((o) => o.file)).size
  if (from.kind === 'question') into.kind = 'question'
  if (from.checked === true) into.checked = true
  else if (from.checked === false && into.checked === null) into.checked = false
  into.related = union(into.related, from.related).filter((id) => id !== into.id && id !== from.id)
  const mine = correctionsOf(into)
  const theirs = from.corrections
  mine.alsoAsked = union(mine.alsoAsked ?? [], [from.prompt, ...(theirs?.alsoAsked ?? [])])
  mine.mergedIds = union(mine.mergedIds ?? [], [from.id, ...(theirs?.mergedIds ?? [])])
}

/**
 * Cuts the prompt at `at`: the text before stays the prompt, the text after becomes the first
 * reference answer (credited to the entry's first occurrence).
 */
export function splitAnswer(entry: CatalogEntry, at: number): boolean {
  const prompt = entry.prompt.slice(0, at).trim()
  const answer = entry.prompt.slice(at).trim()
  if (!prompt || !answer) return false
  const first = entry.occurrences[0]
  entry.prompt = prompt
  entry.answers = [
    { markdown: answer, source: { file: first?.file ?? '', line: first?.line ?? 0 } },
    ...entry.answers.filter((a) => a.markdown !== answer)
  ]
  return true
}

/**
 * Splits a glued line into its questions: `entry` keeps the first part (and its id, answers and
 * notes); each further part becomes an entry of its own, asked where the original was, with the
 * id its own text gives. A part that is already an entry just gains the occurrences.
 * @returns the entries created (existing ones are changed in place through `existing`).
 */
export function splitQuestions(
  entry: CatalogEntry,
  parts: readonly string[],
  existing: (id: string) => CatalogEntry | undefined
): CatalogEntry[] {
  const [first, ...rest] = parts.map((p) => p.trim()).filter((p) => p.length > 0)
  if (!first || rest.length === 0) return []
  entry.prompt = first
  const created: CatalogEntry[] = []
  for (const part of rest) {
    const key = normalizePrompt(part)
    const id = stableId(key)
    if (id === entry.id) continue
    const known = existing(id) ?? created.find((e) => e.id === id)
    if (known) {
      known.occurrences = [...known.occurrences, ...entry.occurrences]
      known.sections = union(known.sections, entry.sections)
      known.askedIn = new Set(known.occurrences.map((o) => o.file)).size
      continue
    }
    const split = emptyEntry(id, key, entry.kind, part)
    split.occurrences = [...entry.occurrences]
    split.sections = [...entry.sections]
    split.askedIn = entry.askedIn
    split.checked = entry.checked
    created.push(split)
  }
  return created
}
