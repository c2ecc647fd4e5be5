/**
 * The one-file layout: title, export date, table of contents, then every question grouped by
 * section. Anchors in the contents are the ones GitHub-style renderers give the headings.
 */
import type { ExportData, ExportOptions } from './types'
import { escapeInline } from './escapeMarkdown'
import { FILE_MARKER } from './exportMarkers'
import { headingTexts } from './codeFences'
import { HeadingSlugger } from './headingSlugger'
import { groupBySection } from './groupBySection'
import { answerBody, hasAnswer, renderQuestion } from './renderQuestion'

export const DEFAULT_TITLE = 'Study Notebook'
const CONTENTS_TITLE = 'Contents'

/** "Exported 2026-11-23 · 12 questions · 3 sections" */
export function summaryLine(exportedAt: number, questions: number, sections: number): string {
  const date = new Date(exportedAt).toISOString().slice(0, 10)
  const q = `${questions} ${questions === 1 ? 'question' : 'questions'}`
  const s = `${sections} ${sections === 1 ? 'section' : 'sections'}`
  return `Exported ${date} · ${q} · ${s}`
}

/** Renders the whole export as one Markdown document. */
export function renderSingleFile(data: ExportData, options: ExportOptions): string {
  const title = options.title ?? DEFAULT_TITLE
  const slugger = new HeadingSlugger()
  slugger.slug(title)
  slugger.slug(CONTENTS_TITLE)

  const groups = groupBySection(data.entries)
  const toc: string[] = []
  const body: string[] = []
  for (const group of groups) {
    const sectionAnchor = slugger.slug(group.title)
    toc.push(`- [${escapeInline(group.title)}](#${sectionAnchor})`)
    body.push(`## ${escapeInline(group.title)}`)
    for (const entry of group.entries) {
      const anchor = slugger.slug(entry.prompt)
      toc.push(`  - [${escapeInline(entry.prompt)}](#${anchor})`)
      const note = data.notes[entry.id]
      // Headings inside answers take anchors too; count them so later anchors match GitHub's.
      if (hasAnswer(note)) for (const text of headingTexts(answerBody(note))) slugger.slug(text)
      if (options.includeReference)
        for (const ref of entry.answers)
          for (const text of headingTexts(ref.markdown)) slugger.slug(text)
      body.push(
        renderQuestion({
          entry,
          note,
          study: data.study[entry.id],
          level: 3,
          includeReference: options.includeReference,
          sourceLabels: data.sourceLabels
        })
      )
    }
  }

  const head = [
    FILE_MARKER,
    `# ${escapeInline(title)}`,
    summaryLine(options.exportedAt, data.entries.length, groups.length)
  ]
  const contents = toc.length > 0 ? [`## ${CONTENTS_TITLE}`, toc.join('\n')] : []
  return [...head, ...contents, ...body].join('\n\n') + '\n'
}
