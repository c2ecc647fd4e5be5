/**
 * Saved web pages (and Word documents, via their HTML) to Markdown: the page's main content
 * only, parsed with rehype-parse (no DOM, nothing executes: scripts, styles, forms and remote
 * resources are dropped as tree nodes), converted by rehype-remark and printed with GFM tables.
 */

import type { Root as HastRoot } from 'hast'
import rehypeParse from 'rehype-parse'
import rehypeRemark from 'rehype-remark'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { selectMainContent } from './mainContent'

const processor = unified()
  .use(rehypeParse, { fragment: false })
  .use(() => (tree: HastRoot) => selectMainContent(tree))
  .use(rehypeRemark)
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', fences: true, rule: '-', emphasis: '*', strong: '*' })

/** Converts an HTML document (or fragment) to Markdown, keeping only its main content. */
export function htmlToMarkdown(html: string): string {
  return String(processor.processSync(html)).trim()
}

/** Converts an HTML fragment (an Anki field, a CSV cell) to inline-friendly Markdown. */
export function htmlFragmentToMarkdown(html: string): string {
  if (!/[<&]/.test(html)) return html.trim()
  return htmlToMarkdown(`<body>${html}</body>`)
}

/**
 * Markdown as the one-line text of a prompt: without the backslash escapes Markdown needs (a
 * prompt is shown as text, so `\_\_init\_\_` must read `__init__`) and line breaks.
 */
export function markdownAsPromptText(markdown: string): string {
  return markdown
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s*\n+\s*/g, ' ')
    .trim()
}
