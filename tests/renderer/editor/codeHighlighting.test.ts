// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { $isCodeHighlightNode, $isCodeNode } from '@lexical/code'
import { $getRoot, $isLineBreakNode, $isTabNode } from 'lexical'
import { canonicalLanguage } from '@renderer/editor/highlight/codeLanguages'
import { tokenizeCode } from '@renderer/editor/highlight/tokenizeCode'
import { createAnswerEditor, load, save } from './headlessAnswerEditor'

describe('tokenizeCode', () => {
  const source = 'def f(x):\n\treturn "<a> & \'b\'"  # done\n'

  it('gives tokens that concatenate back to the source', () => {
    expect(
      tokenizeCode(source, 'python')
        .map((t) => t.text)
        .join('')
    ).toBe(source)
  })

  it('marks Python keywords, strings and comments', () => {
    const tokens = tokenizeCode(source, 'py')
    expect(tokens).toContainEqual({ text: 'def', type: 'keyword' })
    expect(tokens).toContainEqual({ text: 'return', type: 'keyword' })
    expect(tokens).toContainEqual({ text: '"<a> & \'b\'"', type: 'string' })
    expect(tokens).toContainEqual({ text: '# done', type: 'comment' })
  })

  it('leaves unknown languages as one plain token', () => {
    expect(tokenizeCode('x = 1', 'klingon')).toEqual([{ text: 'x = 1', type: null }])
    expect(tokenizeCode('', 'python')).toEqual([])
  })
})

describe('canonicalLanguage', () => {
  it.each([
    ['py', 'python'],
    ['Python', 'python'],
    ['sh', 'bash'],
    ['html', 'xml'],
    ['toml', 'ini'],
    ['ts', 'typescript'],
    ['txt', 'plaintext']
  ])('%s → %s', (alias, id) => {
    expect(canonicalLanguage(alias)).toBe(id)
  })

  it('knows nothing of languages it does not bundle', () => {
    expect(canonicalLanguage('cobol')).toBeNull()
    expect(canonicalLanguage(null)).toBeNull()
  })
})

describe('code block highlighting in the editor', () => {
  it('splits a Python block into highlight, tab and line-break nodes', () => {
    const editor = createAnswerEditor({ highlight: true })
    const markdown = '```py\nimport os\n\tprint(os.sep)\n```\n'
    load(editor, markdown)
    const summary = editor.getEditorState().read(() => {
      const code = $getRoot().getFirstChild()
      if (!$isCodeNode(code)) return null
      return code.getChildren().map((node) => {
        if ($isLineBreakNode(node)) return 'br'
        if ($isTabNode(node)) return 'tab'
        if ($isCodeHighlightNode(node))
          return `${node.getHighlightType() ?? '-'}:${node.getTextContent()}`
        return `other:${node.getType()}`
      })
    })
    expect(summary).toContain('keyword:import')
    expect(summary).toContain('br')
    expect(summary).toContain('tab')
    expect(summary).not.toContainEqual(expect.stringMatching(/^other:/))
    expect(save(editor)).toBe(markdown)
  })

  it('re-highlights when the language changes, without touching the text', () => {
    const editor = createAnswerEditor({ highlight: true })
    load(editor, '```\nSELECT 1\n```\n')
    editor.update(
      () => {
        const code = $getRoot().getFirstChild()
        if ($isCodeNode(code)) code.setLanguage('sql')
      },
      { discrete: true }
    )
    const types = editor.getEditorState().read(() => {
      const code = $getRoot().getFirstChild()
      return $isCodeNode(code)
        ? code
            .getChildren()
            .filter($isCodeHighlightNode)
            .map((n) => n.getHighlightType())
        : []
    })
    expect(types).toContain('keyword')
    expect(save(editor)).toBe('```sql\nSELECT 1\n```\n')
  })
})
