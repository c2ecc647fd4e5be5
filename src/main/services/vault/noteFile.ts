/**
 * The on-disk shape of one personal answer: a small YAML front matter (id, prompt, tags) and the
 * answer as plain Markdown, so any editor, diff or git can read it.
 */
import { createHash } from 'node:crypto'
import { Document, isSeq, parse as parseYaml } from 'yaml'
import { parseSimpleFrontMatter } from './simpleFrontMatter'

/** What the front matter carries. The file name (`<id>.md`) stays the authority for the id. */
export interface NoteMeta {
  id: string
  prompt: string
  tags: string[]
}

export interface ParsedNoteFile {
  meta: Partial<NoteMeta>
  /** The answer exactly as written after the front matter. */
  body: string
}

/** A note file whose front matter cannot be read. The file is reported and left untouched. */
export class NoteFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NoteFormatError'
  }
}

const OPEN = /^---[ \t]*\r?\n/
const CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/m

/** Answer file names: `<entry id>.md` (conflict copies and other Markdown files do not match). */
export const NOTE_FILE_PATTERN = /^([a-z0-9-]{1,80})\.md$/

/** Content hash of an answer body: the revision used to detect edits made elsewhere. */
export function revisionOf(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex').slice(0, 20)
}

/**
 * Splits a note file into front matter and body. A file without front matter is a valid note
 * (someone wrote it by hand); an unclosed or invalid front matter throws NoteFormatError.
 */
export function parseNoteFile(text: string): ParsedNoteFile {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  const open = OPEN.exec(source)
  if (!open) return { meta: {}, body: source }
  const rest = source.slice(open[0].length)
  const close = CLOSE.exec(rest)
  if (!close) throw new NoteFormatError('its front matter has no closing "---" line')
  const yaml = rest.slice(0, close.index)
  let data: unknown
  try {
    data = parseSimpleFrontMatter(yaml) ?? parseYaml(yaml)
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new NoteFormatError(`its front matter is not valid YAML (${reason})`)
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data)))
    throw new NoteFormatError('its front matter is not a list of "key: value" fields')
  let body = rest.slice(close.index + close[0].length)
  // Drop the line break ending the closing fence and the one blank line we write after it.
  body = body.replace(/^\r?\n/, '').replace(/^\r?\n/, '')
  return { meta: readMeta((data ?? {}) as Record<string, unknown>), body }
}

function readMeta(data: Record<string, unknown>): Partial<NoteMeta> {
  const meta: Partial<NoteMeta> = {}
  if (typeof data['id'] === 'string') meta.id = data['id']
  if (typeof data['prompt'] === 'string') meta.prompt = data['prompt']
  const tags = data['tags']
  if (Array.isArray(tags)) meta.tags = tags.filter((t): t is string => typeof t === 'string')
  return meta
}

/** Renders a note file around a body already passed through `normaliseBody`. */
export function formatNoteFile(meta: NoteMeta, body: string): string {
  const doc = new Document({ id: meta.id, prompt: meta.prompt, tags: meta.tags })
  // Tags on one line (`tags: [python, gil]`): short, diff-friendly, and the fast path reads it.
  const tags = doc.get('tags', true)
  if (isSeq(tags)) tags.flow = true
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false })
  return `---\n${yaml}---\n\n${body}`
}

/**
 * The body as it is written to disk: no leading blank lines (they would merge with the one after
 * the front matter) and, like any text file, a final line break when not empty.
 */
export function normaliseBody(body: string): string {
  const trimmed = body.replace(/^(?:[ \t]*\r?\n)+/, '')
  return trimmed === '' || trimmed.endsWith('\n') ? trimmed : `${trimmed}\n`
}
