// @vitest-environment jsdom
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { $isCodeNode } from '@lexical/code'
import { $isLinkNode } from '@lexical/link'
import { $isListItemNode, $isListNode } from '@lexical/list'
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text'
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type LexicalNode
} from 'lexical'
import { createAnswerEditor, load, roundTrip, save } from './headlessAnswerEditor'

// Every formatting the toolbar (and the Markdown shortcuts) can produce, as Markdown the export
// writes. Each must come back byte for byte.
const CASES: Array<[string, string]> = [
  ['heading 1', '# Decorators\n'],
  ['heading 2', '## Why use them\n'],
  ['heading 3', '### Caveats\n'],
  ['paragraph', 'A plain sentence with punctuation: (a), [b], {c}.\n'],
  ['bold', 'A **bold** word.\n'],
  ['italic', 'An *italic* word.\n'],
  ['bold italic', 'A ***loud*** word.\n'],
  ['inline code', 'Call `functools.wraps(fn)` inside.\n'],
  ['strikethrough', 'A ~~wrong~~ idea.\n'],
  ['mixed inline', 'Use **`yield`** in *lazy* code, not ~~lists~~.\n'],
  [
    'python block',
    '```python\ndef timed(fn):\n    @wraps(fn)\n    def inner(*args, **kwargs):\n        return fn(*args, **kwargs)\n    return inner\n```\n'
  ],
  ['py alias block', '```py\nprint("hi")\n```\n'],
  ['sql block', '```sql\nSELECT id FROM users WHERE active;\n```\n'],
  ['block without language', '```\nplain text\n```\n'],
  ['block with blank lines and tabs', '```python\nclass A:\n\tpass\n\n\nx = 1\n```\n'],
  ['block holding backticks', '````markdown\n```py\nx\n```\n````\n'],
  ['bullet list', '- first\n- second\n- third\n'],
  ['nested bullet list', '- outer\n    - inner\n        - innermost\n- back out\n'],
  ['numbered list', '1. one\n2. two\n3. three\n'],
  ['check list', '- [ ] to learn\n- [x] learned\n'],
  ['quote', '> Simple is better than complex.\n'],
  ['http link', 'See [the docs](https://docs.python.org/3/glossary.html#term-decorator).\n'],
  ['link with bold text', 'See [**PEP 318**](https://peps.python.org/pep-0318/).\n'],
  [
    'a full answer',
    '# GIL\n\nThe **GIL** lets one thread run Python *bytecode* at a time.\n\n- CPU-bound: use `multiprocessing`\n- I/O-bound: threads are fine\n\n```python\nfrom concurrent.futures import ThreadPoolExecutor\n```\n\n> Measure first.\n\n1. profile\n2. fix\n\n- [x] read [docs](https://docs.python.org/)\n'
  ]
]

describe('Markdown round trip', () => {
  it.each(CASES)('%s is stable', (_name, markdown) => {
    expect(roundTrip(markdown)).toBe(markdown)
  })

  it.each(CASES)('%s is stable with syntax highlighting on', (_name, markdown) => {
    expect(roundTrip(markdown, { highlight: true })).toBe(markdown)
  })

  it('builds the nodes the Markdown names', () => {
    const editor = createAnswerEditor()
    load(editor, CASES.at(-1)![1])
    const kinds = editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((node) => describeNode(node))
    )
    expect(kinds).toEqual([
      'heading:h1',
      'paragraph',
      'list:bullet',
      'code:python',
      'quote',
      'list:number',
      'list:check'
    ])
    const formats = editor.getEditorState().read(() => {
      const paragraph = $getRoot().getChildAtIndex(1)
      return $isElementNode(paragraph)
        ? paragraph
            .getChildren()
            .filter($isTextNode)
            .map((t) => [t.getTextContent(), t.hasFormat('bold'), t.hasFormat('italic')])
        : []
    })
    expect(formats).toContainEqual(['GIL', true, false])
    expect(formats).toContainEqual(['bytecode', false, true])
  })

  it('reads a checked item as checked', () => {
    const editor = createAnswerEditor()
    load(editor, '- [ ] no\n- [x] yes\n')
    const checked = editor.getEditorState().read(() => {
      const list = $getRoot().getFirstChild()
      return $isListNode(list)
        ? list.getChildren().map((item) => ($isListItemNode(item) ? item.getChecked() : null))
        : []
    })
    expect(checked).toEqual([false, true])
  })

  it('normalises Windows line endings', () => {
    expect(roundTrip('# Title\r\n\r\n- a\r\n- b\r\n')).toBe('# Title\n\n- a\n- b\n')
  })

  it.each([
    'snake_case_name and __init__',
    'x * y * z',
    'a `tick',
    'back\\slash',
    '~~not struck~~'
  ])('typed text %s saves escaped and loads back as the same text', (text) => {
    const editor = createAnswerEditor()
    editor.update(
      () => {
        const paragraph = $createParagraphNode().append($createTextNode(text))
        $getRoot().clear().append(paragraph)
      },
      { discrete: true }
    )
    const saved = save(editor)
    expect(roundTrip(saved)).toBe(saved)
    const reloaded = createAnswerEditor()
    load(reloaded, saved)
    expect(reloaded.getEditorState().read(() => $getRoot().getTextContent())).toBe(text)
  })

  it('writes snake_case without escapes, but keeps the ones CommonMark needs', () => {
    const saveText = (text: string) => {
      const editor = createAnswerEditor()
      editor.update(
        () => {
          $getRoot()
            .clear()
            .append($createParagraphNode().append($createTextNode(text)))
        },
        { discrete: true }
      )
      return save(editor)
    }
    expect(saveText('use select_related and null_ok')).toBe('use select_related and null_ok\n')
    // `__init__` at a word start could open strong emphasis: its escapes stay.
    expect(saveText('__init__')).toBe('\\_\\_init\\_\\_\n')
  })

  it('saves an empty answer as an empty file', () => {
    expect(roundTrip('')).toBe('')
  })
})

describe('untrusted links', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox(1)'
  ])('keeps [x](%s) as literal text, not a link', (url) => {
    const markdown = `Click [x](${url}) now.\n`
    const editor = createAnswerEditor()
    load(editor, markdown)
    const links = editor.getEditorState().read(() => collect($getRoot(), $isLinkNode).length)
    expect(links).toBe(0)
    expect(roundTrip(markdown)).toBe(markdown)
  })

  it('keeps raw HTML as text', () => {
    const markdown = 'Payload <script>window.pwned = 1</script> and <img src=x onerror=alert(1)>\n'
    const editor = createAnswerEditor()
    load(editor, markdown)
    const text = editor.getEditorState().read(() => $getRoot().getTextContent())
    expect(text).toContain('<script>window.pwned = 1</script>')
    expect(roundTrip(markdown)).toBe(markdown)
  })

  it('still links an http(s) URL', () => {
    const editor = createAnswerEditor()
    load(editor, '[ok](https://example.com/a?b=c)\n')
    const urls = editor
      .getEditorState()
      .read(() => collect($getRoot(), $isLinkNode).map((link) => link.getURL()))
    expect(urls).toEqual(['https://example.com/a?b=c'])
  })
})

describe('stability property', () => {
  const word = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/)
  const inline = fc.oneof(
    word,
    word.map((w) => `**${w}**`),
    word.map((w) => `*${w}*`),
    word.map((w) => `\`${w}\``),
    word.map((w) => `~~${w}~~`),
    fc.tuple(word, word).map(([t, p]) => `[${t}](https://example.com/${p})`)
  )
  const line = fc.array(inline, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '))
  const block = fc.oneof(
    line,
    line.map((l) => `# ${l}`),
    line.map((l) => `## ${l}`),
    line.map((l) => `> ${l}`),
    fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.map((l) => `- ${l}`).join('\n')),
    fc
      .array(line, { minLength: 1, maxLength: 4 })
      .map((ls) => ls.map((l, i) => `${i + 1}. ${l}`).join('\n')),
    fc
      .array(fc.tuple(fc.boolean(), line), { minLength: 1, maxLength: 4 })
      .map((items) => items.map(([done, l]) => `- [${done ? 'x' : ' '}] ${l}`).join('\n')),
    fc
      .tuple(
        fc.constantFrom('python', 'py', 'sql', 'bash', ''),
        fc.array(word, { minLength: 1, maxLength: 4 })
      )
      .map(([lang, ws]) => '```' + lang + '\n' + ws.join('\n    ') + '\n```')
  )

  it('any document built from toolbar formats survives a round trip unchanged', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (blocks) => {
        // Adjacent lists of the same kind merge in Markdown, so separate blocks with a paragraph.
        const markdown = blocks.join('\n\nsep\n\n') + '\n'
        expect(roundTrip(markdown, { highlight: true })).toBe(markdown)
      }),
      { numRuns: 150 }
    )
  })
})

function describeNode(node: LexicalNode): string {
  if ($isHeadingNode(node)) return `heading:${node.getTag()}`
  if ($isCodeNode(node)) return `code:${node.getLanguage() ?? ''}`
  if ($isListNode(node)) return `list:${node.getListType()}`
  if ($isQuoteNode(node)) return 'quote'
  return node.getType()
}

function collect<T extends LexicalNode>(node: LexicalNode, is: (n: LexicalNode) => n is T): T[] {
  const found: T[] = is(node) ? [node] : []
  if ($isElementNode(node))
    for (const child of node.getChildren()) found.push(...collect(child, is))
  return found
}
