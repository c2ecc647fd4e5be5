/**
 * Saved web pages (and Word documents, via their HTML) to Markdown: the page's main content
 * only, parsed with rehype-parse (no DOM, nothing executes: scripts, styles, forms and remote
 * resources are dropped as tree nodes), converted by rehype-remark and printed with GFM tables.
 */

import type { Element, Root as HastRoot, RootContent } from 'hast'
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
  const markdown = String(processor.processSync(html))
  return dropUnsafeLinks(markdown).trim()
}

/** Converts an HTML fragment (an Anki field, a CSV cell) to inline-friendly Markdown. */
export function htmlFragmentToMarkdown(html: string): string {
  if (!/[<&]/.test(html)) return html.trim()
  return htmlToMarkdown(`<body>${html}</body>`)
}

// rehype-remark keeps any href; a `javascript:` or `data:` link must not survive as a link.
function dropUnsafeLinks(markdown: string): string {
  return markdown.replace(/\]\(\s*<?(?:javascript|vbscript|data):[^)\n]*\)/gi, ']')
}

export type { Element, RootContent }
