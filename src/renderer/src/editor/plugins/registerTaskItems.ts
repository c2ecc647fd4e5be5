import { $isListItemNode, $isListNode } from '@lexical/list'
import { TextNode, type LexicalEditor } from 'lexical'

const TASK_PREFIX = /^\[( |x|X)\] /

/**
 * Typing "- [ ] " first makes a bullet list ("- ") and then types "[ ] " into its item, which
 * Markdown would read back as a check list. Make the editor agree at once: a lone bullet item
 * starting with "[ ] " or "[x] " turns into a check-list item. Returns the unregister function.
 */
export function registerTaskItems(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(TextNode, (node) => {
    const match = TASK_PREFIX.exec(node.getTextContent())
    if (!match || node.getPreviousSibling() !== null) return
    const item = node.getParent()
    const list = item?.getParent()
    if (!$isListItemNode(item) || !$isListNode(list)) return
    if (list.getListType() !== 'bullet' || list.getChildrenSize() !== 1) return
    list.setListType('check')
    item.setChecked(match[1] !== ' ')
    node.spliceText(0, match[0].length, '', true)
  })
}
