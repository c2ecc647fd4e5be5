import { $isLinkNode, LinkNode } from '@lexical/link'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useEffect } from 'react'
import { isSafeLinkUrl } from '../markdown/linkPolicy'

/**
 * Links reach the editor from Markdown, from typing and from pasted HTML. Whatever the route, a
 * link that is not http(s) is unwrapped to its text, so `javascript:` can never be clicked.
 */
export function LinkPolicyPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerNodeTransform(LinkNode, (node) => {
        if (!$isLinkNode(node) || isSafeLinkUrl(node.getURL())) return
        for (const child of node.getChildren()) node.insertBefore(child)
        node.remove()
      }),
    [editor]
  )
  return null
}
