// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import type { SourceInfo } from '@shared/ipc/types'
import { NO_SECTION } from '@shared/domain/catalog/occurrenceSections'
import { ProgressTable } from '@renderer/features/study/ProgressTable'
import { SourceTitlesProvider } from '@renderer/hooks/SourceTitlesProvider'

afterEach(cleanup)

const counts = (total: number) => ({ total, new: total, learning: 0, confident: 0, dueToday: 0 })
const FILE = '000_a84ab7c9643d8013.txt'
const source: SourceInfo = {
  path: `builtin:${FILE}`,
  name: FILE,
  title: 'Django & Python notes (000)',
  builtIn: true,
  kind: 'file',
  status: 'ok',
  itemCount: 5,
  sections: []
}

describe('ProgressTable', () => {
  it('shows the source title with its file name, and lets "(no section)" be practised', () => {
    const onPractise = vi.fn()
    render(
      <SourceTitlesProvider sources={[source]}>
        <ProgressTable
          sources={[
            {
              name: FILE,
              ...counts(5),
              sections: [
                { name: NO_SECTION, ...counts(3) },
                { name: 'Django', ...counts(2) }
              ]
            }
          ]}
          onPractise={onPractise}
        />
      </SourceTitlesProvider>
    )
    const toggle = screen.getByRole('button', { name: /Django & Python notes \(000\)/ })
    expect(toggle.textContent).toContain(FILE)
    const noSection = screen.getByRole('rowheader', { name: NO_SECTION }).closest('tr')!
    fireEvent.click(within(noSection).getByRole('button', { name: 'Practise' }))
    expect(onPractise).toHaveBeenCalledWith({ kind: 'section', section: NO_SECTION, source: FILE })
  })
})
