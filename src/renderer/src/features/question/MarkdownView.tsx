/**
 * Renders untrusted Markdown (reference answers from any document the user adds).
 * No rehype-raw: raw HTML such as `<script>` or `<img onerror>` stays visible text. Links open in
 * the system browser only when they are http(s); anything else is inert. Images are never
 * fetched: they show as a labelled placeholder.
 */
import { memo, useMemo, useState, type ReactNode } from 'react'
import Markdown, { type Components } from 'react-markdown'
import remarkGfm from 'remark-gfm'
import { call } from '@renderer/api/notebookClient'
import { Icon } from '@renderer/components/Icon'
import { rehypeMarkPhrases } from '@renderer/features/check/rehypeMarkPhrases'
import { rehypeCodeHighlight, type CodeHighlightOptions } from './rehypeCodeHighlight'
import { safeExternalUrl } from './safeUrl'
import './markdown.css'

// Unlabelled fences are guessed among the languages this domain actually uses.
const HIGHLIGHT: CodeHighlightOptions = {
  detect: [
    'python',
    'python-repl',
    'bash',
    'shell',
    'sql',
    'json',
    'javascript',
    'yaml',
    'ini',
    'xml'
  ]
}
const REMARK_PLUGINS = [remarkGfm]
const REHYPE_PLUGINS = [
  [rehypeCodeHighlight, HIGHLIGHT] as [typeof rehypeCodeHighlight, CodeHighlightOptions]
]

function openExternal(url: string): void {
  call('shell:openExternal', url).catch(() => undefined)
}

function SafeLink({ href, children }: { href?: string; children?: ReactNode }) {
  const url = safeExternalUrl(href)
  if (!url) {
    return (
      <span className="md-link md-link--inert" title="Not a web link, so it is not opened">
        {children}
      </span>
    )
  }
  return (
    <a
      href={url}
      className="md-link"
      title={`${url} (opens in your browser)`}
      rel="noreferrer noopener"
      onClick={(e) => {
        e.preventDefault()
        openExternal(url)
      }}
      onAuxClick={(e) => e.preventDefault()}
    >
      {children}
    </a>
  )
}

function languageOf(children: ReactNode): string | null {
  const child = Array.isArray(children) ? children[0] : children
  const className =
    child && typeof child === 'object' && 'props' in child
      ? String((child.props as { className?: string }).className ?? '')
      : ''
  const match = /language-([\w+#-]+)/.exec(className)
  return match?.[1] ?? null
}

function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return ''
  if (typeof node === 'string' || typeof node === 'number') return String(node)
  if (Array.isArray(node)) return node.map(textOf).join('')
  if (typeof node === 'object' && 'props' in node)
    return textOf((node.props as { children?: ReactNode }).children)
  return ''
}

function CodeBlock({ children }: { children?: ReactNode }) {
  const [copied, setCopied] = useState(false)
  const language = languageOf(children)
  const copy = (): void => {
    navigator.clipboard?.writeText(textOf(children).replace(/\n$/, '')).then(
      () => {
        setCopied(true)
        setTimeout(() => setCopied(false), 1500)
      },
      () => undefined
    )
  }
  return (
    <div className="md-code">
      <div className="md-code__bar">
        <span className="md-code__lang">{language ?? 'code'}</span>
        <button type="button" className="md-code__copy" onClick={copy} aria-label="Copy code">
          <Icon name={copied ? 'check' : 'file'} size={12} />
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      {/* Focusable: long lines scroll sideways, and keyboard users must be able to scroll too. */}
      <pre tabIndex={0}>{children}</pre>
    </div>
  )
}

const COMPONENTS: Components = {
  a: ({ href, children }) => <SafeLink href={href}>{children}</SafeLink>,
  img: ({ alt, src }) => {
    const url = safeExternalUrl(typeof src === 'string' ? src : undefined)
    const label = `Image${alt ? `: ${alt}` : ''}`
    return url ? (
      <SafeLink href={url}>
        <span className="md-image">{label}</span>
      </SafeLink>
    ) : (
      <span className="md-image">{label}</span>
    )
  },
  pre: ({ children }) => <CodeBlock>{children}</CodeBlock>,
  table: ({ children }) => (
    <div className="md-table">
      <table>{children}</table>
    </div>
  )
}

export interface MarkdownViewProps {
  markdown: string
  /** Phrases to mark in the text (the key points "Check my answer" found missing). */
  marks?: readonly string[]
}

/** Markdown → React, safely. Memoised: answers re-render only when their text changes. */
export const MarkdownView = memo(function MarkdownView({ markdown, marks }: MarkdownViewProps) {
  const key = marks?.join('\u0000') ?? ''
  const rehypePlugins = useMemo(
    () => (key ? [...REHYPE_PLUGINS, rehypeMarkPhrases(key.split('\u0000'))] : REHYPE_PLUGINS),
    [key]
  )
  return (
    <div className="markdown">
      <Markdown
        remarkPlugins={REMARK_PLUGINS}
        rehypePlugins={rehypePlugins}
        components={COMPONENTS}
      >
        {markdown}
      </Markdown>
    </div>
  )
})
