/**
 * Verdict points: `✔ Blocks the event loop`, `❌ Slow for CPU work`, `✅ True concurrency`.
 * Notes put such check- or cross-marked lines under an example to say what is good or bad about
 * it; they are part of that explanation, not a list of topics. A marked line that asks
 * (`✅ What is a coroutine?`) is still a question.
 */

import { asksDirectly } from './classifyText'

const VERDICT_MARK = /^[✔✓☑✅✗✘✖❌❎]\uFE0F?[ \t]*\S/u

/** A check/cross-marked remark that does not ask. */
export function isVerdictPoint(text: string): boolean {
  return VERDICT_MARK.test(text) && !asksDirectly(text)
}
