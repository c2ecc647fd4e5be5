/**
 * The one label each source goes by in every view (sidebar, filter chips, reference tabs, study
 * card, export): the document's own title unless that title is generic, then the file name;
 * never two sources with one label, told apart by their parent folder ("Python notes — work/").
 */
import { prettyFileName } from '../parse/documentTitle'

/** What naming a source needs to know about it. */
export interface LabelledSource {
  /** Absolute path, or `builtin:<file>` for a shipped seed. */
  path: string
  /** The name its documents go by in SourceRef.file (a file name or folder name). */
  name: string
  /** The title derived from the document, when it has one. */
  title?: string | undefined
  builtIn: boolean
}

// Titles that say nothing about which document this is.
const GENERIC = new Set([
  'notes',
  'my notes',
  'readme',
  'questions',
  'interview questions',
  'interview prep',
  'interview',
  'untitled',
  'untitled document',
  'document',
  'new document',
  'todo',
  'checklist',
  'cheatsheet',
  'cheat sheet',
  'study notes',
  'flashcards',
  'cards'
])
const TOPICS = 'python|django|fastapi|flask|sql|docker|javascript|go|drf|orm'
// "Python", "Django & Python notes", "Python interview questions": a stack, not a document.
const TOPIC_ONLY = new RegExp(
  `^(?:(?:${TOPICS})(?:\\s*(?:&|and|/|,)\\s*)?)+(?:\\s+(?:notes|questions|interview questions|q&a|cheat ?sheet))?$`,
  'i'
)

/** True when `title` could name any document of this notebook ("Notes", "Python", "README"). */
export function isGenericTitle(title: string): boolean {
  const t = title
    .trim()
    .toLowerCase()
    .replace(/[.:!]+$/, '')
  return t === '' || GENERIC.has(t) || TOPIC_ONLY.test(t)
}

const SEPARATOR = ' — '

/**
 * A label per source, in the order given, all distinct. A generic title gives way to the file
 * name when the file name says more; labels that still collide get their parent folder, then
 * more of the path, appended; a shipped seed is "built-in".
 */
export function sourceLabels(sources: readonly LabelledSource[]): string[] {
  const base = sources.map(baseLabel)
  const labels = [...base]
  for (let depth = 1; depth <= 8; depth++) {
    const clashes = clashingIndexes(labels)
    if (clashes.size === 0) return labels
    for (const i of clashes) labels[i] = `${base[i]}${SEPARATOR}${whereFrom(sources[i]!, depth)}`
  }
  // Same label and same folders all the way up: only the full path tells them apart.
  for (const i of clashingIndexes(labels)) labels[i] = `${base[i]}${SEPARATOR}${sources[i]!.path}`
  return labels
}

function baseLabel(source: LabelledSource): string {
  const title = source.title?.trim()
  if (title && !isGenericTitle(title)) return title
  const fromName = prettyFileName(source.name)
  // `000_a84ab7c9643d8013.txt` reads as "Notes 000": the generic title still says more.
  const nameSaysMore = !/^Notes \d/.test(fromName) && !isGenericTitle(fromName)
  if (title && !nameSaysMore) return title
  return source.name.includes('.') ? fromName : source.name
}

function clashingIndexes(labels: readonly string[]): Set<number> {
  const byKey = new Map<string, number[]>()
  labels.forEach((label, i) => {
    const key = label.toLocaleLowerCase()
    byKey.set(key, [...(byKey.get(key) ?? []), i])
  })
  const clashes = new Set<number>()
  for (const indexes of byKey.values())
    if (indexes.length > 1) for (const i of indexes) clashes.add(i)
  return clashes
}

// The `depth` folders above the source ("work/", then "home/work/").
function whereFrom(source: LabelledSource, depth: number): string {
  if (source.builtIn) return 'built-in'
  const folders = source.path.split(/[\\/]/).filter((p) => p.length > 0)
  folders.pop()
  const shown = folders.slice(-depth)
  return shown.length > 0 ? `${shown.join('/')}/` : '/'
}
