/**
 * Class names Lexical puts on the answer editor's DOM. Styling lives in answerEditor.css and reads
 * the app's theme variables, so light and dark come for free.
 */
import type { EditorThemeClasses } from 'lexical'

/** highlight.js scopes we colour; anything else renders as plain code text. */
const HIGHLIGHT_SCOPES = [
  'keyword',
  'built_in',
  'type',
  'literal',
  'number',
  'string',
  'regexp',
  'symbol',
  'comment',
  'doctag',
  'meta',
  'title',
  'params',
  'attr',
  'attribute',
  'variable',
  'property',
  'operator',
  'punctuation',
  'tag',
  'name',
  'selector-tag',
  'selector-class',
  'subst',
  'addition',
  'deletion',
  'section',
  'bullet',
  'template-variable'
] as const

export const answerEditorTheme: EditorThemeClasses = {
  paragraph: 'ae-paragraph',
  heading: { h1: 'ae-h1', h2: 'ae-h2', h3: 'ae-h3', h4: 'ae-h4', h5: 'ae-h5', h6: 'ae-h6' },
  quote: 'ae-quote',
  link: 'ae-link',
  list: {
    ul: 'ae-ul',
    ol: 'ae-ol',
    listitem: 'ae-li',
    listitemChecked: 'ae-li-checked',
    listitemUnchecked: 'ae-li-unchecked',
    nested: { listitem: 'ae-li-nested' },
    checklist: 'ae-checklist'
  },
  code: 'ae-code',
  codeHighlight: Object.fromEntries(
    HIGHLIGHT_SCOPES.map((scope) => [scope, `ae-tok ae-tok-${scope.replace(/_/g, '-')}`])
  ),
  text: {
    bold: 'ae-bold',
    italic: 'ae-italic',
    code: 'ae-inline-code',
    strikethrough: 'ae-strike',
    underline: 'ae-underline'
  }
}
