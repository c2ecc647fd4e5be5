/**
 * Splits a prompt into display runs: matched or not (from the engine's ranges) and inside
 * `inline code` or not. Prompts come straight from Markdown sources, so "What is the `yield`
 * keyword?" should show `yield` as code, not with its backticks.
 */
import { highlightRanges } from './highlightRanges'

export interface PromptRun {
  text: string
  match: boolean
  code: boolean
}

/** Backticks are dropped only when they pair up; a lone one is shown as written. */
export function promptRuns(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]> | undefined
): PromptRun[] {
  const ticks = (text.match(/`/g) ?? []).length
  const pairs = ticks > 0 && ticks % 2 === 0
  const runs: PromptRun[] = []
  let code = false
  const push = (chunk: string, match: boolean): void => {
    if (!chunk) return
    const last = runs[runs.length - 1]
    if (last && last.match === match && last.code === code) last.text += chunk
    else runs.push({ text: chunk, match, code })
  }
  for (const seg of highlightRanges(text, ranges)) {
    if (!pairs) {
      push(seg.text, seg.match)
      continue
    }
    const parts = seg.text.split('`')
    parts.forEach((part, i) => {
      if (i > 0) code = !code
      push(part, seg.match)
    })
  }
  return runs
}
