import { $isLinkNode } from '@lexical/link'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $findMatchingParent } from '@lexical/utils'
import { $getNearestNodeFromDOMNode, CLICK_COMMAND, COMMAND_PRIORITY_NORMAL } from 'lexical'
import { useEffect } from 'react'
import { call } from '@renderer/api/notebookClient'
import { isSafeLinkUrl } from '../markdown/linkPolicy'

/** The http(s) URL of the link under a click, or null. */
function $clickedLinkUrl(target: EventTarget | null): string | null {
  if (!(target instanceof Node)) return null
  const node = $getNearestNodeFromDOMNode(target)
  const link = node && $findMatchingParent(node, $isLinkNode)
  const url = link && $isLinkNode(link) ? link.getURL() : null
  return url && isSafeLinkUrl(url) ? url : null
}

/**
 * Ctrl/Cmd+click on a link in My answer opens it in the browser, through the same checked
 * `shell:openExternal` path as links in reference answers; a plain click only places the caret,
 * so a link stays editable.
 */
export function LinkOpenPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          if (!(event.ctrlKey || event.metaKey) || event.button !== 0) return false
          // Command listeners run inside an editor update, so $ functions work here.
          const url = $clickedLinkUrl(event.target)
          if (!url) return false
          event.preventDefault()
          call('shell:openExternal', url).catch(() => undefined)
          return true
        },
        COMMAND_PRIORITY_NORMAL
      ),
    [editor]
  )
  return null
}
