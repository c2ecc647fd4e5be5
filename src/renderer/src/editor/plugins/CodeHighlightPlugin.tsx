import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from 'lexical'
import { useEffect } from 'react'
import { registerCodeHighlighting } from '../highlight/registerCodeHighlighting'
import { registerCodeIndent } from './codeIndent'

/** Syntax highlighting plus Tab / Shift+Tab indentation (spaces) inside code blocks. */
export function CodeHighlightPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () => mergeRegister(registerCodeHighlighting(editor), registerCodeIndent(editor)),
    [editor]
  )
  return null
}
