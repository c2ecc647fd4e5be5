/**
 * Splits code into flat highlight tokens with highlight.js. The result is plain data so the
 * Lexical side only has to turn tokens into nodes.
 */
import { canonicalLanguage, hljs } from './codeLanguages'

export interface CodeToken {
  text: string
  /** The highlight.js scope (`keyword`, `string`, `title`…) or null for plain text. */
  type: string | null
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'"
}

function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (entity) => ENTITIES[entity] ?? entity)
}

/**
 * Tokens whose texts concatenate back to `code` exactly. Unknown languages give one plain token.
 * Nested scopes flatten to the innermost one, which is the most specific colour.
 */
export function tokenizeCode(code: string, language: string | null | undefined): CodeToken[] {
  const id = canonicalLanguage(language)
  if (!id || id === 'plaintext' || code.length === 0)
    return code ? [{ text: code, type: null }] : []
  // highlight.js only ever emits escaped text and <span class="…"> pairs, which makes this
  // small scanner exact; no HTML is ever handed to the DOM.
  const html = hljs.highlight(code, { language: id, ignoreIllegals: true }).value
  const tokens: CodeToken[] = []
  const stack: string[] = []
  const pattern = /<span class="([^"]*)">|<\/span>|[^<]+/g
  for (const match of html.matchAll(pattern)) {
    if (match[1] !== undefined) {
      stack.push(scopeName(match[1]))
    } else if (match[0] === '</span>') {
      stack.pop()
    } else {
      const text = decodeEntities(match[0])
      const type = stack.length > 0 ? (stack[stack.length - 1] ?? null) : null
      const last = tokens[tokens.length - 1]
      if (last && last.type === type) last.text += text
      else tokens.push({ text, type })
    }
  }
  return tokens
}

/** `hljs-title function_` → `title`. */
function scopeName(className: string): string {
  const first = className.split(' ')[0] ?? ''
  return first.replace(/^hljs-/, '')
}
