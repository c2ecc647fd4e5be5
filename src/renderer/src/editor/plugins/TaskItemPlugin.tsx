import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useEffect } from 'react'
import { registerTaskItems } from './registerTaskItems'

/** "- [ ] " typed in one go makes a check-list item (see registerTaskItems). */
export function TaskItemPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => registerTaskItems(editor), [editor])
  return null
}
