/**
 * Markdown in and out of the answer editor. Markdown on disk is the source of truth; these are
 * the only two places the editor state and the Markdown text meet.
 */
import { $convertFromMarkdownString, $convertToMarkdownString } from '@lexical/markdown'
import { ANSWER_TRANSFORMERS } from './answerTransformers'
import { unescapeIntrawordUnderscores } from './unescapeIntrawordUnderscores'

/**
 * Replaces the editor's content with the given Markdown (call inside `editor.update`).
 * Blank lines between blocks are not preserved verbatim: the export writes one blank line
 * between blocks, which is what a Markdown reader sees anyway.
 */
export function $loadAnswerMarkdown(markdown: string): void {
  $convertFromMarkdownString(normalizeLineEndings(markdown), ANSWER_TRANSFORMERS)
}

/** The editor's content as Markdown (call inside `editor.read` or `editorState.read`). */
export function $exportAnswerMarkdown(): string {
  const markdown = unescapeIntrawordUnderscores($convertToMarkdownString(ANSWER_TRANSFORMERS))
  return markdown.length > 0 ? markdown + '\n' : ''
}

function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}
