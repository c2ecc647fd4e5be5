/**
 * Python pasted into an answer without a fence (copied out of a chat window or a web page):
 *   def my_decorator(func):
 *       def wrapper():
 * Markdown would run it into a paragraph, so a run of code lines gets a ```python fence.
 * Only lines outside existing fences are looked at, and a run must start with a line that is
 * unmistakably code (`def`, `class`, `import`, a decorator, an assignment, a call).
 */

const FENCE = /^\s*(`{3,}|~{3,})/
const CODE_START =
  /^(?:(?:async[ \t]+)?def[ \t]+\w+[ \t]*\(.*:$|class[ \t]+\w+.*:$|import[ \t]+\w[\w., \t]*$|from[ \t]+[\w.]+[ \t]+import[ \t]+\S|@\w[\w.]*(?:\(.*\))?$|(?:for|while|if|with|elif)[ \t].*:$|(?:try|else|finally):$|(?:return|yield|await|raise)[ \t]+\S|print\(.*\)$|[a-z_][\w.]*(?:\[[^\]]*\])?[ \t]*(?:[-+*/%|&]|\/\/|\*\*)?=[ \t]*[^\s=].*$)/
// Inside a run: indented lines, calls, comparisons with a result comment (`a == b   # True`).
const CODE_MORE =
  /^(?:[a-z_][\w.]*\(.*\)[ \t]*(?:#.*)?$|[a-z_][\w.]*(?:\[.*\])?[ \t]+(?:==|!=|is|in|<|>|<=|>=)[ \t].*$)/

function isCodeLine(line: string, inRun: boolean): boolean {
  if (inRun && /^[ \t]+\S/.test(line)) return true
  const t = line.trim()
  if (t === '' || /^[ \t]/.test(line)) return false
  // A sentence ("Use it for short, throwaway functions.") is never code.
  if (/^\p{Lu}[\p{Ll} ,']+[.:]$/u.test(t)) return false
  return CODE_START.test(t) || (inRun && CODE_MORE.test(t))
}

/** Wraps unfenced Python runs in ```python fences; other lines are returned unchanged. */
export function fenceBareCode(lines: readonly string[]): string[] {
  const out: string[] = []
  let fence: string | null = null
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    const marker = FENCE.exec(line)?.[1]
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null
      out.push(line)
      i++
      continue
    }
    if (marker) {
      fence = marker
      out.push(line)
      i++
      continue
    }
    if (!isCodeLine(line, false)) {
      out.push(line)
      i++
      continue
    }
    let end = i + 1
    let last = i
    while (end < lines.length) {
      const next = lines[end]!
      if (FENCE.test(next)) break
      if (next.trim() === '') {
        end++
        continue
      }
      if (!isCodeLine(next, true)) break
      last = end
      end++
    }
    // One bare line (`x = 1` in a sentence-like answer) stays text unless it is a definition.
    if (last === i && !/^(?:def|class|import|from|@)/.test(line)) {
      out.push(line)
      i++
      continue
    }
    // Pushed one by one: spreading a long run as arguments overflows the stack.
    out.push('```python')
    for (let k = i; k <= last; k++) out.push(lines[k]!)
    out.push('```')
    i = last + 1
  }
  return out
}
