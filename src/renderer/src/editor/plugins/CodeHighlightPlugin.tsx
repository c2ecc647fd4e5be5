import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { registerCodeIndentation } from '@lexical/code-core'
import { mergeRegister } from 'lexical'
import { useEffect } from 'react'
import { registerCodeHighlighting } from '../highlight/registerCodeHighlighting'

/** Syntax highlighting plus Tab / Shift+Tab indentation inside code blocks. */
export function CodeHighlightPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () => mergeRegister(registerCodeHighlighting(editor), registerCodeIndentation(editor)),
    [editor]
  )
  return null
}
