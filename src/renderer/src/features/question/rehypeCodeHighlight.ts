/**
 * A rehype plugin that colours `<pre><code>` blocks with lowlight (highlight.js producing hast),
 * using the renderer's one grammar set. rehype-highlight does the same walk but registers
 * lowlight's 37 `common` grammars as its fallback, which bundled a second, larger grammar set
 * into the start-up JavaScript.
 */
import { createLowlight } from 'lowlight'
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { HIGHLIGHT_GRAMMARS } from '@renderer/editor/highlight/codeLanguages'

const lowlight = createLowlight(HIGHLIGHT_GRAMMARS)

export interface CodeHighlightOptions {
  /** Languages tried for a fence without a language (never all of them: guesses go wrong). */
  detect: readonly string[]
}

function classes(node: Element): string[] {
  const value = node.properties['className']
  return Array.isArray(value) ? value.map(String) : []
}

/** The fence's language: `language-x` or `lang-x`; false for `no-highlight`. */
function fenceLanguage(node: Element): string | false | null {
  for (const name of classes(node)) {
    if (name === 'no-highlight' || name === 'nohighlight') return false
    const match = /^lang(?:uage)?-(.+)$/.exec(name)
    if (match) return match[1]!
  }
  return null
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element') return node.children.map(textOf).join('')
  return ''
}

function highlightCode(code: Element, options: CodeHighlightOptions): void {
  const language = fenceLanguage(code)
  if (language === false) return
  const text = code.children.map(textOf).join('')
  const result =
    language === null
      ? lowlight.highlightAuto(text, { subset: [...options.detect] })
      : lowlight.registered(language)
        ? lowlight.highlight(language, text)
        : null
  // An unknown language stays plain text, as written.
  if (!result) return
  const names = classes(code)
  const detected = result.data?.language
  code.properties['className'] = [
    'hljs',
    ...names,
    ...(language === null && detected ? [`language-${detected}`] : [])
  ]
  if (result.children.length > 0) code.children = result.children as ElementContent[]
}

function visit(node: Root | RootContent, options: CodeHighlightOptions): void {
  if (node.type !== 'root' && node.type !== 'element') return
  for (const child of node.children) {
    if (
      node.type === 'element' &&
      node.tagName === 'pre' &&
      child.type === 'element' &&
      child.tagName === 'code'
    )
      highlightCode(child, options)
    else visit(child, options)
  }
}

/** The plugin: `rehypePlugins={[[rehypeCodeHighlight, { detect: [...] }]]}`. */
export function rehypeCodeHighlight(options: CodeHighlightOptions) {
  return (tree: Root) => visit(tree, options)
}
