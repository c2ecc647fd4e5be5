/**
 * The answer being written in "My answer", per question, for "Check my answer" in the question
 * view: the editor publishes its Markdown as the user types, the check reads it live.
 */
import { useSyncExternalStore } from 'react'

const answers = new Map<string, string>()
const listeners = new Set<() => void>()

/** Records the current text of one question's answer (the editor calls this on edit). */
export function publishAnswer(id: string, markdown: string): void {
  if (answers.get(id) === markdown) return
  answers.set(id, markdown)
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The live text of one question's answer, or null before its editor loaded. */
export function useLiveAnswer(id: string): string | null {
  return useSyncExternalStore(subscribe, () => answers.get(id) ?? null)
}
