/**
 * The Markdown dialect of "My answer": exactly the formatting the toolbar offers, so that
 * Markdown → editor → Markdown is stable (tests/renderer/editor/markdownRoundTrip.test.ts).
 *
 * Emphasis is written with `*` only. The `_`/`__`/`___` forms are left out on purpose, both as
 * typing shortcuts and when loading a file: in a notebook about Python, `__init__`, `__name__`
 * and `_private_` are names, and reading them as emphasis silently turned `__init__` into bold
 * "init" (issue #12). Underscores therefore always stay literal text; bold is `**text**` or
 * Ctrl/Cmd+B, italic `*text*` or Ctrl/Cmd+I.
 */
import {
  BOLD_ITALIC_STAR,
  BOLD_STAR,
  CHECK_LIST,
  CODE,
  HEADING,
  INLINE_CODE,
  ITALIC_STAR,
  LINK,
  ORDERED_LIST,
  QUOTE,
  STRIKETHROUGH,
  UNORDERED_LIST,
  type TextMatchTransformer,
  type Transformer
} from '@lexical/markdown'
import { isSafeLinkUrl } from './linkPolicy'

/** The destination a LINK match captured (pointy `<…>` or raw form). */
function matchedUrl(match: RegExpMatchArray): string {
  return match[2] ?? match[3] ?? ''
}

/**
 * LINK restricted to http(s): any other destination is left as the literal Markdown text, which
 * exports unchanged, so an unsafe link round-trips as text instead of turning into a link.
 */
export const SAFE_LINK: TextMatchTransformer = {
  ...LINK,
  getEndIndex: (_node, match) =>
    isSafeLinkUrl(matchedUrl(match)) ? (match.index ?? 0) + match[0].length : false,
  replace: (node, match) => {
    if (!isSafeLinkUrl(matchedUrl(match))) return
    return LINK.replace?.(node, match)
  }
}

/**
 * Order matters: check lists before bullet lists (both start with "- "), inline code before the
 * emphasis formats so nothing is parsed inside backticks, longer emphasis tags first.
 */
export const ANSWER_TRANSFORMERS: Transformer[] = [
  CHECK_LIST,
  HEADING,
  QUOTE,
  UNORDERED_LIST,
  ORDERED_LIST,
  CODE,
  INLINE_CODE,
  BOLD_ITALIC_STAR,
  BOLD_STAR,
  ITALIC_STAR,
  STRIKETHROUGH,
  SAFE_LINK
]
