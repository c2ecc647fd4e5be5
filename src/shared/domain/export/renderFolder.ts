/**
 * The folder layouts: one file per section, or one file per question with YAML front matter.
 * Both get an `index.md` linking every file, so the folder reads well on GitHub or in an editor.
 */
import type { CatalogEntry } from '../types'
import type { StudyState } from '../../study'
import { DEFAULT_STUDY_STATE } from '../../study'
import type { ExportData, ExportFile, ExportOptions } from './types'
import { escapeInline } from './escapeMarkdown'
import { FILE_MARKER } from './exportMarkers'
import { FileNamer } from './fileNames'
import { groupBySection } from './groupBySection'
import { primarySection, renderQuestion } from './renderQuestion'
import { DEFAULT_TITLE, summaryLine } from './renderSingleFile'

export const INDEX_FILE = 'index.md'

// Link targets are file names we made ([a-z0-9-] plus `.md`), so they need no escaping.
function indexFile(options: ExportOptions, summary: string, items: string[]): ExportFile {
  const title = escapeInline(options.title ?? DEFAULT_TITLE)
  const content = [FILE_MARKER, `# ${title}`, summary, items.join('\n')].join('\n\n') + '\n'
  return { relativePath: INDEX_FILE, content }
}

/** One Markdown file per section (`# Section`, `## Prompt`), plus the index. */
export function renderPerSection(data: ExportData, options: ExportOptions): ExportFile[] {
  const namer = new FileNamer([INDEX_FILE])
  const groups = groupBySection(data.entries)
  const files: ExportFile[] = []
  const items: string[] = []
  for (const group of groups) {
    const name = namer.name(group.title, 'section')
    items.push(`- [${escapeInline(group.title)}](${name}) (${group.entries.length})`)
    const questions = group.entries.map((entry) =>
      renderQuestion({
        entry,
        note: data.notes[entry.id],
        study: data.study[entry.id],
        level: 2,
        includeReference: options.includeReference,
        sourceLabels: data.sourceLabels
      })
    )
    const content = [FILE_MARKER, `# ${escapeInline(group.title)}`, ...questions].join('\n\n')
    files.push({ relativePath: name, content: content + '\n' })
  }
  const summary = summaryLine(options.exportedAt, data.entries.length, groups.length)
  return [indexFile(options, summary, items), ...files]
}

/**
 * The YAML front matter of a per-question file: the facts a script or static site may want.
 * Values are written as JSON, which YAML 1.2 reads as-is: always quoted, never ambiguous, and
 * much faster than a YAML serialiser over thousands of files.
 */
export function questionFrontMatter(
  entry: CatalogEntry,
  study: StudyState,
  exportedAt: number
): string {
  const fields: Array<[string, unknown]> = [
    ['id', entry.id],
    ['prompt', entry.prompt],
    ['section', primarySection(entry)],
    ['status', study.status],
    ['favourite', study.favourite],
    ['tags', study.tags],
    ['askedIn', entry.askedIn],
    ['sources', entry.occurrences.map((o) => ({ file: o.file, line: o.line }))],
    ['exported', new Date(exportedAt).toISOString()]
  ]
  const lines = fields.map(([key, value]) => `${key}: ${yamlSafeJson(value)}`)
  return `---\n${lines.join('\n')}\n---`
}

// JSON is YAML 1.2 except for the few characters YAML treats as line breaks or forbids raw.
function yamlSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0085\u2028\u2029\u007f-\u009f\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

/** One Markdown file per question (front matter, `# Prompt`), plus the index by section. */
export function renderPerQuestion(data: ExportData, options: ExportOptions): ExportFile[] {
  const namer = new FileNamer([INDEX_FILE])
  const groups = groupBySection(data.entries)
  const files: ExportFile[] = []
  const items: string[] = []
  for (const group of groups) {
    items.push(`- ${escapeInline(group.title)}`)
    for (const entry of group.entries) {
      const name = namer.name(entry.prompt, entry.id)
      items.push(`  - [${escapeInline(entry.prompt)}](${name})`)
      const study = data.study[entry.id] ?? DEFAULT_STUDY_STATE
      const question = renderQuestion({
        entry,
        note: data.notes[entry.id],
        study,
        level: 1,
        includeReference: options.includeReference,
        sourceLabels: data.sourceLabels
      })
      const frontMatter = questionFrontMatter(entry, study, options.exportedAt)
      files.push({
        relativePath: name,
        content: `${frontMatter}\n\n${FILE_MARKER}\n\n${question}\n`
      })
    }
  }
  const summary = summaryLine(options.exportedAt, data.entries.length, groups.length)
  return [indexFile(options, summary, items), ...files]
}
