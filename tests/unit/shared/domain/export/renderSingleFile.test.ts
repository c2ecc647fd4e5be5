import { describe, expect, it } from 'vitest'
import type { Root, RootContent } from 'mdast'
import { buildMarkdownExport } from '../../../../../src/shared/domain/export/buildMarkdownExport'
import { HeadingSlugger } from '../../../../../src/shared/domain/export/headingSlugger'
import type { ExportOptions } from '../../../../../src/shared/domain/export/types'
import { nodesOfType, parseMarkdown, textOf, withoutPositions } from './parseMarkdown'
import { sampleNotebook } from './sampleNotebook'

const options: ExportOptions = {
  layout: 'single',
  includeReference: true,
  exportedAt: Date.UTC(2026, 10, 23)
}

function exportSingle(opts: Partial<ExportOptions> = {}): string {
  const files = buildMarkdownExport(sampleNotebook(), { ...options, ...opts })
  expect(files).toHaveLength(1)
  return files[0]!.content
}

// The top-level nodes between the answer markers following each question heading.
function answerNodesByPrompt(root: Root): Map<string, RootContent[]> {
  const result = new Map<string, RootContent[]>()
  let prompt: string | null = null
  let collecting: RootContent[] | null = null
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth === 3) prompt = textOf(node)
    else if (node.type === 'html' && node.value === '<!-- notebook:answer-end -->') {
      if (prompt !== null && collecting) result.set(prompt, collecting)
      collecting = null
    } else if (node.type === 'html' && node.value.startsWith('<!-- notebook:answer '))
      collecting = []
    else if (collecting) collecting.push(node)
  }
  return result
}

describe('single-file export', () => {
  const data = sampleNotebook()
  const markdown = exportSingle()
  const root = parseMarkdown(markdown)
  const headings = nodesOfType(root, 'heading')
  // The document's own outline: headings written inside answers (moved below their question).
  const inAnswers = new Set([...answerNodesByPrompt(root).values()].flat())
  const outline = headings.filter((h) => !inAnswers.has(h))

  it('has a title, the contents and one heading per section, in order', () => {
    expect(outline.filter((h) => h.depth === 1).map(textOf)).toEqual(['Study Notebook'])
    expect(outline.filter((h) => h.depth === 2).map(textOf)).toEqual([
      'Contents',
      'Core Python',
      'Web # Security',
      'Other questions'
    ])
    expect(markdown).toContain('Exported 2026-11-23 · 9 questions · 3 sections')
  })

  it('renders every prompt as written, Markdown characters included', () => {
    const prompts = outline.filter((h) => h.depth === 3).map(textOf)
    expect(prompts).toEqual(data.entries.map((e) => e.prompt))
    // Escaped text stays text: no emphasis, code, HTML or links sneak into a heading.
    for (const h of outline.filter((x) => x.depth === 3))
      expect(h.children.every((c) => c.type === 'text')).toBe(true)
  })

  it('keeps each answer structurally identical to the answer parsed on its own', () => {
    const answers = answerNodesByPrompt(root)
    for (const entry of data.entries) {
      const note = data.notes[entry.id]
      if (!note || note.trim() === '' || entry.id === 'unclosed') continue
      // The same tree, with its headings moved below the question's level 3 (capped at 6).
      const alone = parseMarkdown(note).children.map((node) =>
        node.type === 'heading'
          ? { ...node, depth: Math.min(6, node.depth + 3) as typeof node.depth }
          : node
      )
      expect(withoutPositions(answers.get(entry.prompt)), entry.id).toEqual(withoutPositions(alone))
    }
  })

  it('keeps code blocks with their language and exact text, nested fences included', () => {
    const codes = nodesOfType(root, 'code').map((c) => ({ lang: c.lang, value: c.value }))
    expect(codes).toContainEqual({
      lang: 'python',
      value: "class A:\n    def __init__(self):\n        self.x = '<script>'"
    })
    expect(codes).toContainEqual({ lang: 'js', value: 'const a = `template`' })
    expect(codes).toContainEqual({
      lang: 'markdown',
      value: '```python\ndef f(*args, **kwargs):\n    return args, kwargs\n```'
    })
  })

  it('closes a fence left open in an answer so the rest of the file is not code', () => {
    const codes = nodesOfType(root, 'code')
    const unclosed = codes.find((c) => c.value.includes('never closed'))
    expect(unclosed?.value).toBe('print("never closed")')
    // The last html marker (answer end) is still a marker, not code.
    expect(root.children.at(-1)).toMatchObject({
      type: 'html',
      value: '<!-- notebook:answer-end -->'
    })
  })

  it('links the contents to unique anchors that exist, counting headings inside answers', () => {
    const slugger = new HeadingSlugger()
    const anchors = headings.map((h) => slugger.slug(textOf(h)))
    expect(new Set(anchors).size).toBe(anchors.length)
    const contents = root.children.find((n) => n.type === 'list')
    expect(contents).toBeDefined()
    const links = nodesOfType(contents!, 'link')
    expect(links).toHaveLength(3 + data.entries.length)
    for (const link of links) {
      const target = link.url.slice(1)
      const at = anchors.indexOf(target)
      expect(at, link.url).toBeGreaterThanOrEqual(0)
      expect(textOf(headings[at]!)).toBe(textOf(link))
    }
  })

  it('shows status, tags, favourite and how many sources ask it', () => {
    const facts = root.children
      .filter((n) => n.type === 'paragraph')
      .map(textOf)
      .find((t) => t.startsWith('Status: learning'))
    expect(facts).toBe('Status: learning · Tags: python, *core* · Favourite · Asked in 3 sources')
    expect(markdown).toContain('*Asked in 1 source*')
  })

  it('names a reference by the label the app shows for its source, when given', () => {
    const data = { ...sampleNotebook(), sourceLabels: { 'old.txt': 'Python notes — work/' } }
    const files = buildMarkdownExport(data, options)
    const quotes = nodesOfType(parseMarkdown(files[0]!.content), 'blockquote').map(textOf)
    expect(quotes.some((q) => q.startsWith('From Python notes — work/, line 7:'))).toBe(true)
    // A file without a label keeps its name.
    expect(quotes.some((q) => q.startsWith('From list.md, line 12:'))).toBe(true)
  })

  it('names the file and line of every reference answer, or leaves them out', () => {
    const quotes = nodesOfType(root, 'blockquote').map(textOf)
    expect(quotes.some((q) => q.startsWith('From old.txt, line 7:'))).toBe(true)
    expect(quotes.some((q) => q.startsWith('From list.md, line 12:'))).toBe(true)
    const quoteCode = nodesOfType(root, 'blockquote').flatMap((q) => nodesOfType(q, 'code'))
    expect(quoteCode.map((c) => c.lang)).toContain('py')

    const bare = parseMarkdown(exportSingle({ includeReference: false }))
    expect(nodesOfType(bare, 'blockquote')).toHaveLength(0)
    expect(textOf(bare)).not.toContain('Reference answer')
    expect(textOf(bare)).toContain('The global interpreter lock.')
  })

  it('marks unanswered questions and uses the given title', () => {
    const md = exportSingle({ title: 'My *prep* sheet' })
    expect(textOf(parseMarkdown(md).children[1]!)).toBe('My *prep* sheet')
    expect(md.match(/\*No answer yet\.\*/g)).toHaveLength(3)
  })
})
