// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, within } from '@testing-library/react'
import { Welcome } from '@renderer/app/Welcome'

afterEach(cleanup)

const overview = { totalEntries: 10, totalItems: 12, answered: 2, confident: 1, sources: [] }

const rows = (list: HTMLElement): string[] =>
  Array.from(list.children).map((row) => row.textContent ?? '')

describe('Welcome', () => {
  it('lists the keys to jump into my answer', () => {
    render(<Welcome overview={overview} />)
    const keys = rows(screen.getByLabelText('Keyboard shortcuts'))
    expect(keys.some((k) => /^eWrite my answer/.test(k))).toBe(true)
    expect(keys.some((k) => /^(Ctrl|⌘)ShiftEJump into my answer/.test(k))).toBe(true)
  })

  it('lists the Study mode keys', () => {
    render(<Welcome overview={overview} />)
    const study = screen.getByLabelText('Study mode keys')
    expect(
      within(study).getByText('Reveal the reference answer').previousSibling?.textContent
    ).toBe('Space')
    expect(rows(study)).toContain('1 / 2 / 3 / 4Grade: Again, Hard, Good, Easy')
  })
})
