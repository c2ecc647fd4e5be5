/**
 * My answers and reference answers as HTML for Anki cards: GFM Markdown through remark-rehype,
 * sanitised with rehype-sanitize (GitHub's schema: no scripts, event handlers or `javascript:`
 * links), printed by rehype-stringify. Raw HTML in the Markdown is shown as text, never run.
 */
import type { Html } from 'mdast'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, {
    // Dropping raw HTML would lose what the user wrote (`<br>` typed as an example); as text it
    // is kept and harmless.
    handlers: { html: (_state, node: Html) => ({ type: 'text', value: node.value }) }
  })
  .use(rehypeSanitize)
  .use(rehypeStringify)

/** Renders `markdown` to a sanitised HTML fragment. */
export function markdownToHtml(markdown: string): string {
  return String(processor.processSync(markdown)).trim()
}

/** `text` escaped for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}
