/**
 * Merges every occurrence of the same normalised prompt into one catalog entry, keeping each
 * distinct reference answer with where it came from.
 */
import type { CatalogEntry, ParsedItem } from '../types'
import { normalizePrompt } from './normalizePrompt'
import { ID_HASH_LENGTH, stableId } from './stableId'
import { emptyEntry } from './emptyEntry'

interface Group {
  entry: CatalogEntry
  files: Set<string>
  answerTexts: Set<string>
  links: Set<string>
}

/**
 * Groups items by `normalizePrompt(prompt)`, in first-seen order. Questions and topics with the
 * same key merge (a "decorator" topic and "What is decorator?" are one thing to study); the
 * entry is a question if any occurrence is. `related` is left empty for `linkRelated`.
 * `keyOf` is normalizePrompt, or a memo of it shared with other counts over the same items.
 */
export function mergeDuplicates(
  items: readonly ParsedItem[],
  keyOf: (prompt: string) => string = normalizePrompt
): CatalogEntry[] {
  const groups = new Map<string, Group>()
  for (const item of items) {
    const key = keyOf(item.prompt)
    let group = groups.get(key)
    if (!group) {
      group = {
        entry: newEntry(key, item),
        files: new Set(),
        answerTexts: new Set(),
        links: new Set()
      }
      groups.set(key, group)
    }
    addOccurrence(group, item)
  }
  const entries = [...groups.values()].map((g) => g.entry)
  assignUniqueIds(entries)
  return entries
}

function newEntry(key: string, item: ParsedItem): CatalogEntry {
  return emptyEntry(stableId(key), key, item.kind, item.prompt)
}

function addOccurrence(group: Group, item: ParsedItem): void {
  const { entry } = group
  entry.occurrences.push({ file: item.source.file, line: item.source.line, section: item.section })
  if (item.kind === 'question') entry.kind = 'question'
  // The longest wording is the most complete ("What is lambda function?" over "Lambda function?").
  if (item.prompt.length > entry.prompt.length) entry.prompt = item.prompt
  if (item.section && !entry.sections.includes(item.section)) entry.sections.push(item.section)
  group.files.add(item.source.file)
  entry.askedIn = group.files.size
  if (item.checked === true) entry.checked = true
  else if (item.checked === false && entry.checked === null) entry.checked = false
  // The first occurrence that shows the question's material (its code, its options) keeps it.
  if (item.detail && entry.detail === undefined) entry.detail = item.detail
  const answer = item.answer && trimBlankLines(item.answer)
  if (answer && !group.answerTexts.has(answer)) {
    group.answerTexts.add(answer)
    entry.answers.push({
      markdown: answer,
      source: { file: item.source.file, line: item.source.line }
    })
  }
  for (const tag of item.tags ?? []) {
    entry.tags ??= []
    if (!entry.tags.includes(tag)) entry.tags.push(tag)
  }
  for (const link of item.links) {
    if (!group.links.has(link)) {
      group.links.add(link)
      entry.links.push(link)
    }
  }
}

// Only blank lines go: an answer that opens with an indented code block keeps its indentation.
function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd()
}

// Two different keys sharing slug and 40 hash bits is vanishingly rare; if it happens, the later
// key gets a longer hash so ids stay unique and still depend on the key alone.
function assignUniqueIds(entries: CatalogEntry[]): void {
  const seen = new Set<string>()
  for (const entry of entries) {
    let length = ID_HASH_LENGTH
    while (seen.has(entry.id) && length < 64) {
      length += 6
      entry.id = stableId(entry.key, length)
    }
    seen.add(entry.id)
  }
}
