// @vitest-environment jsdom
/**
 * Issue #12, item 6: sources are named by their titles everywhere, two reference tabs from one
 * file read apart by their line, and the session summary renders `inline code`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import type { EntryView, SourceInfo } from '@shared/ipc/types'
import { ReferenceAnswers } from '@renderer/features/question/ReferenceAnswers'
import { RevealPanel } from '@renderer/features/study/RevealPanel'
import { SessionSummary } from '@renderer/features/study/SessionSummary'
import { SourceTitlesProvider } from '@renderer/hooks/SourceTitlesProvider'

afterEach(cleanup)

const FILE = '001_cc550361a33ed238.txt'
const SOURCE: SourceInfo = {
  path: `builtin:${FILE}`,
  name: FILE,
  title: 'Python & Django notes (001) with a long title that gets shortened',
  builtIn: true,
  kind: 'file',
  status: 'ok',
  itemCount: 1,
  sections: []
}
const withTitles = (children: ReactNode) => (
  <SourceTitlesProvider sources={[SOURCE]}>{children}</SourceTitlesProvider>
)
const answers = [
  { markdown: 'First.', source: { file: FILE, line: 12 } },
  { markdown: 'Second.', source: { file: FILE, line: 240 } }
]

describe('source names', () => {
  it('the study card names the source by its title, not its file name', () => {
    const view = {
      entry: { answers: [answers[0]!] },
      note: null
    } as unknown as EntryView
    render(withTitles(<RevealPanel view={view} draft="" />))
    const source = screen.getByText(/line 12/)
    expect(source.textContent).toBe(`${SOURCE.title}, line 12`)
    expect(source.textContent).not.toContain(FILE)
  })

  it('two tabs from one file show their lines in a part that is never shortened', () => {
    render(
      withTitles(
        <ReferenceAnswers
          answers={answers}
          hidden={false}
          onToggleHidden={vi.fn()}
          revealed={false}
          onRevealedChange={vi.fn()}
        />
      )
    )
    const tabs = screen.getAllByRole('tab')
    expect(tabs.map((tab) => tab.querySelector('.tabs__line')?.textContent)).toEqual([
      'line 12',
      'line 240'
    ])
    expect(tabs.map((tab) => tab.querySelector('.tabs__label')?.textContent)).toEqual([
      SOURCE.title,
      SOURCE.title
    ])
  })

  it('the session summary renders backticks as inline code', () => {
    render(
      <SessionSummary
        summary={{
          cardsSeen: 1,
          reviews: 1,
          grades: { 1: 0, 2: 0, 3: 1, 4: 0 },
          nextDue: [{ id: 'a', prompt: 'What does `__init__` do?', grade: 3, due: 0 } as never]
        }}
        now={0}
        onAgain={vi.fn()}
        onProgress={vi.fn()}
      />
    )
    const row = screen.getByTestId('summary-row')
    expect(row.querySelector('code')?.textContent).toBe('__init__')
    expect(row.textContent).not.toContain('`')
  })
})
