/** A real CommonMark + GFM parser (remark) for checking what the exporter writes. */
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import type { Root, RootContent } from 'mdast'

const processor = unified().use(remarkParse).use(remarkGfm)

/** Parses Markdown into an mdast tree. */
export function parseMarkdown(markdown: string): Root {
  return processor.runSync(processor.parse(markdown)) as Root
}

/** The tree with every `position` removed, for comparing structure only. */
export function withoutPositions<T>(node: T): T {
  return JSON.parse(JSON.stringify(node, (key, value) => (key === 'position' ? undefined : value)))
}

/** All nodes of a type, depth first. */
export function nodesOfType<T extends RootContent['type']>(
  root: Root | RootContent,
  type: T
): Array<Extract<RootContent, { type: T }>> {
  const found: Array<Extract<RootContent, { type: T }>> = []
  const visit = (node: Root | RootContent) => {
    if (node.type === type) found.push(node as Extract<RootContent, { type: T }>)
    if ('children' in node) for (const child of node.children) visit(child as RootContent)
  }
  visit(root)
  return found
}

/** The plain text of a node (as mdast-util-to-string computes it). */
export function textOf(node: Root | RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return node.children.map((c) => textOf(c as RootContent)).join('')
  return ''
}
