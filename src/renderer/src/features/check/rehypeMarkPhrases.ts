/**
 * A rehype plugin that wraps given phrases in `<mark class="md-missed">` wherever they occur in
 * the rendered text (case-insensitive): the key points my answer missed, shown in the reference.
 * Works on the tree react-markdown builds, so no raw HTML is ever parsed.
 */
import type { Element, ElementContent, Root, Text } from 'hast'
import { SKIP, visit } from 'unist-util-visit'

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Options: the phrases to mark (as they are written in the reference). */
export function rehypeMarkPhrases(phrases: readonly string[]) {
  const wanted = phrases.map((p) => p.trim()).filter((p) => p.length > 0)
  // Longest first, so "reference counting" wins over "reference".
  wanted.sort((a, b) => b.length - a.length)
  const pattern = wanted.length ? new RegExp(`(${wanted.map(escapeRegExp).join('|')})`, 'gi') : null
  return () => (tree: Root) => {
    if (!pattern) return
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined) return
      if ((parent as Element).tagName === 'mark') return SKIP
      const pieces = node.value.split(pattern)
      if (pieces.length === 1) return
      const replaced: ElementContent[] = pieces
        .filter((piece) => piece !== '')
        .map((piece) =>
          wanted.some((w) => w.toLowerCase() === piece.toLowerCase())
            ? {
                type: 'element',
                tagName: 'mark',
                properties: { className: ['md-missed'], title: 'A key point your answer misses' },
                children: [{ type: 'text', value: piece }]
              }
            : { type: 'text', value: piece }
        )
      parent.children.splice(index, 1, ...replaced)
      return [SKIP, index + replaced.length]
    })
  }
}
