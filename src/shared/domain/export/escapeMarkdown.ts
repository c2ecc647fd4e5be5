/**
 * Inline text (prompts, section names, tags, file names) made safe for Markdown: it renders as
 * written, never as emphasis, code, links, HTML or entities.
 */

// Characters with inline meaning in CommonMark/GFM. `\` comes first so escapes stay unambiguous.
const ALWAYS = /[\\`*_[\]<#|~]/g
const ENTITY = /&(?=#?[a-zA-Z0-9]+;)/g
// Only meaningful where text starts a line: block quotes, list items, thematic breaks.
const LINE_START = /^(\s*)([>+\-=]|\d+(?=[.)]))/

/**
 * Escapes `text` for use inside a heading, link text or paragraph. Line breaks become spaces
 * and the ends are trimmed, since every place this is used holds one line. The result renders
 * exactly as that one line.
 */
export function escapeInline(text: string): string {
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
  const escaped = oneLine.replace(ALWAYS, '\\$&').replace(ENTITY, '\\&')
  return escaped.replace(LINE_START, (_match, space: string, mark: string) =>
    /^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`
  )
}

/** Undoes backslash escapes of ASCII punctuation, as a CommonMark parser does. */
export function unescapeInline(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1')
}
