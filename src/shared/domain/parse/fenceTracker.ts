/**
 * Where a line of an answer body stands against fenced code, read line by line: the line that
 * opens a fence, the lines inside it (its closing line included), or plain text outside.
 */

const FENCE = /^(`{3,}|~{3,})/

export type FencePosition = 'opens' | 'inside' | 'outside'

export class FenceTracker {
  private fence: string | null = null

  /** The position of `text` (a trimmed line), given the lines before it. */
  step(text: string): FencePosition {
    const mark = FENCE.exec(text)?.[1]
    if (this.fence) {
      if (mark && mark[0] === this.fence[0] && text.replace(/[`~]/g, '') === '') this.fence = null
      return 'inside'
    }
    if (!mark) return 'outside'
    this.fence = mark
    return 'opens'
  }
}
