/** Issue #12 item 9: which answer tools stay on the row and which go into More. */
import { describe, expect, it } from 'vitest'
import { fitCount } from '@renderer/editor/plugins/toolbarOverflow'

// Undo, Redo, |, B, I, `c`, S — separator (index 2) 9 px wide, tools 28 px, gaps 2 px.
const WIDTHS = [28, 28, 9, 28, 28, 28, 28]
const SEPARATORS = new Set([2])
const opts = { gap: 2, more: 60, separators: SEPARATORS }

describe('fitCount', () => {
  it('keeps every tool when they all fit, without a More button', () => {
    const all = WIDTHS.reduce((a, b) => a + b) + 2 * (WIDTHS.length - 1)
    expect(fitCount(WIDTHS, all, opts)).toBe(WIDTHS.length)
    expect(fitCount(WIDTHS, all - 1, opts)).toBeLessThan(WIDTHS.length)
  })

  it('keeps as many leading tools as fit beside the More button', () => {
    // 4 tools + separator: 28+28+9+28 + 3 gaps = 99; + gap + More 60 = 161.
    expect(fitCount(WIDTHS, 161, opts)).toBe(4)
    expect(fitCount(WIDTHS, 160, opts)).toBe(2)
  })

  it('never ends the row on a separator', () => {
    // Room for Undo, Redo and the separator beside More: the separator goes too.
    expect(fitCount(WIDTHS, 28 + 28 + 9 + 2 * 2 + 2 + 60, opts)).toBe(2)
  })

  it('reserves room for the always-shown language picker', () => {
    const all = WIDTHS.reduce((a, b) => a + b) + 2 * (WIDTHS.length - 1)
    expect(fitCount(WIDTHS, all + 2 + 100, { ...opts, fixed: 100 })).toBe(WIDTHS.length)
    expect(fitCount(WIDTHS, all + 100, { ...opts, fixed: 100 })).toBeLessThan(WIDTHS.length)
  })

  it('puts everything in More when not even one tool fits', () => {
    expect(fitCount(WIDTHS, 40, opts)).toBe(0)
  })
})
