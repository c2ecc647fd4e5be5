/**
 * The languages a code block in "My answer" can be highlighted as. Python first: the notebook is
 * for Python / Django / FastAPI interviews. Only these grammars are bundled (highlight.js core),
 * which keeps the renderer small.
 */
import hljs from 'highlight.js/lib/core'
import bash from 'highlight.js/lib/languages/bash'
import css from 'highlight.js/lib/languages/css'
import dockerfile from 'highlight.js/lib/languages/dockerfile'
import ini from 'highlight.js/lib/languages/ini'
import javascript from 'highlight.js/lib/languages/javascript'
import json from 'highlight.js/lib/languages/json'
import plaintext from 'highlight.js/lib/languages/plaintext'
import python from 'highlight.js/lib/languages/python'
import pythonRepl from 'highlight.js/lib/languages/python-repl'
import shell from 'highlight.js/lib/languages/shell'
import sql from 'highlight.js/lib/languages/sql'
import typescript from 'highlight.js/lib/languages/typescript'
import xml from 'highlight.js/lib/languages/xml'
import yaml from 'highlight.js/lib/languages/yaml'

export interface CodeLanguage {
  /** The id written after the opening fence when chosen from the picker. */
  id: string
  label: string
}

/** Picker order: what an interview answer most often needs first. */
export const CODE_LANGUAGES: readonly CodeLanguage[] = [
  { id: 'python', label: 'Python' },
  { id: 'sql', label: 'SQL' },
  { id: 'bash', label: 'Shell' },
  { id: 'javascript', label: 'JavaScript' },
  { id: 'typescript', label: 'TypeScript' },
  { id: 'json', label: 'JSON' },
  { id: 'yaml', label: 'YAML' },
  { id: 'ini', label: 'INI / TOML' },
  { id: 'dockerfile', label: 'Dockerfile' },
  { id: 'xml', label: 'HTML / XML' },
  { id: 'css', label: 'CSS' },
  { id: 'plaintext', label: 'Plain text' }
]

/**
 * Every grammar the renderer bundles, for the editor and for reference answers alike (one set,
 * one copy of highlight.js). `python-repl` and `shell` (console sessions) only colour reference
 * answers: the editor's picker does not offer them.
 */
export const HIGHLIGHT_GRAMMARS = {
  bash,
  css,
  dockerfile,
  ini,
  javascript,
  json,
  plaintext,
  python,
  'python-repl': pythonRepl,
  shell,
  sql,
  typescript,
  xml,
  yaml
}
for (const [name, grammar] of Object.entries(HIGHLIGHT_GRAMMARS))
  hljs.registerLanguage(name, grammar)

/**
 * The picker id for a fence's language as typed ("py", "sh", "html", "toml"…), or null when no
 * bundled grammar knows it. The fence text itself is never rewritten, so Markdown round-trips.
 */
export function canonicalLanguage(language: string | null | undefined): string | null {
  if (!language) return null
  const lower = language.toLowerCase()
  if (lower === 'toml') return 'ini'
  if (lower === 'text' || lower === 'txt') return 'plaintext'
  const grammar = hljs.getLanguage(lower)
  if (!grammar) return null
  return CODE_LANGUAGES.find((l) => hljs.getLanguage(l.id) === grammar)?.id ?? null
}

export { hljs }
