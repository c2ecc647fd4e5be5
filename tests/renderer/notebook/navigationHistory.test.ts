import { describe, expect, it } from 'vitest'
import {
  EMPTY_HISTORY,
  canGoBack,
  canGoForward,
  currentVisit,
  goBack,
  goForward,
  rememberScroll,
  visit,
  type NavigationHistory
} from '@renderer/app/navigationHistory'

const q = (id: string) => ({ id, prompt: `Question ${id}` })
const ids = (h: NavigationHistory) => h.visits.map((v) => v.id)
const openAll = (...names: string[]) => names.reduce((h, id) => visit(h, q(id)), EMPTY_HISTORY)

describe('navigationHistory', () => {
  it('starts empty, with nowhere to go', () => {
    expect(currentVisit(EMPTY_HISTORY)).toBeNull()
    expect(canGoBack(EMPTY_HISTORY)).toBe(false)
    expect(canGoForward(EMPTY_HISTORY)).toBe(false)
    expect(goBack(EMPTY_HISTORY)).toBe(EMPTY_HISTORY)
    expect(goForward(EMPTY_HISTORY)).toBe(EMPTY_HISTORY)
  })

  it('goes back and forward along the opened questions', () => {
    const h = openAll('a', 'b', 'c')
    expect(currentVisit(h)?.id).toBe('c')
    expect(canGoBack(h)).toBe(true)
    expect(canGoForward(h)).toBe(false)
    const back2 = goBack(goBack(h))
    expect(currentVisit(back2)?.id).toBe('a')
    expect(canGoBack(back2)).toBe(false)
    expect(goBack(back2)).toBe(back2)
    expect(currentVisit(goForward(back2))?.id).toBe('b')
    expect(currentVisit(goForward(goForward(back2)))?.id).toBe('c')
  })

  it('drops the questions ahead when another is opened after going back', () => {
    const h = visit(goBack(goBack(openAll('a', 'b', 'c'))), q('d'))
    expect(ids(h)).toEqual(['a', 'd'])
    expect(canGoForward(h)).toBe(false)
  })

  it('does not stack the question already on screen; a new prompt replaces the old one', () => {
    const h = openAll('a', 'b')
    expect(visit(h, q('b'))).toBe(h)
    const renamed = visit(h, { id: 'b', prompt: 'Renamed' })
    expect(ids(renamed)).toEqual(['a', 'b'])
    expect(currentVisit(renamed)?.prompt).toBe('Renamed')
  })

  it('lets the same question appear twice when the user came back to it by links', () => {
    expect(ids(openAll('a', 'b', 'a'))).toEqual(['a', 'b', 'a'])
  })

  it('keeps only the newest visits past the limit', () => {
    let h = EMPTY_HISTORY
    for (let i = 0; i < 12; i++) h = visit(h, q(`q${i}`), 5)
    expect(ids(h)).toEqual(['q7', 'q8', 'q9', 'q10', 'q11'])
    expect(currentVisit(h)?.id).toBe('q11')
    expect(currentVisit(goBack(goBack(goBack(goBack(h)))))?.id).toBe('q7')
  })

  it('remembers the scroll of the question being left, for coming back to it', () => {
    let h = rememberScroll(openAll('a'), 480)
    h = visit(h, q('b'))
    expect(currentVisit(h)?.scroll).toBe(0)
    expect(currentVisit(goBack(h))?.scroll).toBe(480)
    expect(rememberScroll(h, Number.NaN)).toBe(h)
    expect(rememberScroll(EMPTY_HISTORY, 10)).toBe(EMPTY_HISTORY)
  })

  it('never changes the history it was given', () => {
    const h = openAll('a', 'b')
    const copy = structuredClone(h)
    visit(goBack(h), q('c'))
    rememberScroll(h, 99)
    expect(h).toEqual(copy)
  })
})
