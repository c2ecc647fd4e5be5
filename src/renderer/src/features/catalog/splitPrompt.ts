/** Where a glued prompt may be cut: its words (for prompt/answer) and its questions. */

/** The prompt's words with their end offsets, so a click "after this word" is a cut point. */
export function promptWords(prompt: string): Array<{ text: string; end: number }> {
  const words: Array<{ text: string; end: number }> = []
  for (const match of prompt.matchAll(/\S+/g))
    words.push({ text: match[0], end: (match.index ?? 0) + match[0].length })
  return words
}

/** The first cut that ends a sentence ("?", ".", ":"), else after the first half of the words. */
export function defaultCut(prompt: string): number {
  const words = promptWords(prompt)
  const sentence = words.slice(0, -1).find((w) => /[?.:]$/.test(w.text))
  return (sentence ?? words[Math.max(0, Math.floor(words.length / 2) - 1)])?.end ?? prompt.length
}

/** The questions in a multi-question line: split after each "?" (or ";"). */
export function questionParts(prompt: string): string[] {
  return prompt
    .split(/(?<=[?;])\s+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
}
