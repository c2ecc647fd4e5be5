import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useEffect } from 'react'
import { registerCodeBlockExit } from './codeBlockExit'

/** ArrowDown or a third Enter leaves a code block that ends the answer (see codeBlockExit). */
export function CodeBlockExitPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => registerCodeBlockExit(editor), [editor])
  return null
}
